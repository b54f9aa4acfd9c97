#include "own_core_load.h"

#include <sched.h>

#include <algorithm>

namespace sohoi::tools::sim {

int usableCpus(qint64 pid) {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(static_cast<pid_t>(pid), sizeof set, &set) != 0) return 1;
  return std::max(1, CPU_COUNT(&set));
}

double busyPercent(double cpuSeconds, double wallSeconds, int cpus) {
  if (wallSeconds <= 0 || cpus <= 0) return 0;
  return 100.0 * cpuSeconds / (wallSeconds * cpus);
}

std::optional<QString> saturationCaution(const QString& phase, double percent,
                                         std::optional<double> serverPercent) {
  if (percent < kSaturatedPercent) return std::nullopt;
  QString caution =
      QStringLiteral(
          "%1: the simulator's own CPU was %2% busy through the phase: its devices waited for it too, not "
          "only for the server, so the phase's latencies are an upper bound on what the server made them "
          "wait (run fewer devices, or give the simulator more cores)")
          .arg(phase)
          .arg(percent, 0, 'f', 0);
  if (serverPercent)
    caution += QStringLiteral("; the server's CPUs were %1% busy meanwhile").arg(*serverPercent, 0, 'f', 0);
  return caution;
}

}  // namespace sohoi::tools::sim
