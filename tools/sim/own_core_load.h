#pragma once
// How busy the simulator's own CPUs were through a phase. Every simulated tablet's client (its SQLite
// store, its gRPC calls) runs on the simulator's cores: once they are nearly always busy, devices wait for
// the simulator as well as for the server, and a phase's latencies are partly the simulator's pace. A load
// generator says so rather than let such figures pass for the server's.
#include <QString>
#include <optional>

namespace sohoi::tools::sim {

/// From this share of its CPUs' time on, the simulator is the bottleneck of a phase.
inline constexpr double kSaturatedPercent = 90;

/// How many CPUs process pid (0: this one) may run on (its affinity, as `taskset` sets it); at least 1.
int usableCpus(qint64 pid = 0);

/// The share of `cpus` CPUs' time over wallSeconds that cpuSeconds of the process's CPU time took, in
/// percent; 0 for a phase of no duration.
double busyPercent(double cpuSeconds, double wallSeconds, int cpus);

/// A line for the operator when the simulator was saturated through `phase`; nullopt otherwise. With the
/// server's share of its own CPUs (serverPercent), the line also says how busy the server kept them.
std::optional<QString> saturationCaution(const QString& phase, double percent,
                                         std::optional<double> serverPercent = std::nullopt);

}  // namespace sohoi::tools::sim
