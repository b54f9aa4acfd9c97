#pragma once
// The server's CPU time and peak memory, read from /proc/PID/stat and /proc/PID/status: the simulator runs
// on the same machine as the server in a benchmark (DESIGN §7), and these are the figures that say whether
// a province's server fits a small VM. Read-only; Linux only.
#include <QString>
#include <optional>

namespace sohoi::tools::sim {

struct ServerUsage {
  double cpuSeconds = 0;  // user + system since the process started
  qint64 peakKiB = 0;     // VmHWM: the most resident memory it has had
};

/// The usage of process pid now; nullopt when it is gone or /proc cannot be read.
std::optional<ServerUsage> readServerUsage(qint64 pid);

}  // namespace sohoi::tools::sim
