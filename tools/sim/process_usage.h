#pragma once
// A process's CPU time and peak memory, read from /proc/PID/stat and /proc/PID/status: the simulator runs
// on the same machine as the server in a benchmark (DESIGN §7), and the server's are the figures that say
// whether a province's server fits a small VM; the simulator's own say how fast it could let its devices go.
// Read-only; Linux only.
#include <QString>
#include <optional>

namespace sohoi::tools::sim {

struct ProcessUsage {
  double cpuSeconds = 0;  // user + system since the process started
  qint64 peakKiB = 0;     // VmHWM: the most resident memory it has had
};

/// The usage of process pid now; nullopt when it is gone or /proc cannot be read.
std::optional<ProcessUsage> readProcessUsage(qint64 pid);
/// The CPU time the calling thread has used since it started, in microseconds.
qint64 threadCpuMicros();

}  // namespace sohoi::tools::sim
