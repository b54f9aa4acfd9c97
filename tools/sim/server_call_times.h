#pragma once
// The server's own timing of a phase's sync calls, read (AdminService.GetCallTimes) before and after the
// phase: how long the server took from each call's arrival to its answer. The devices' latencies also hold
// what happens on the simulator's side of each call (its gRPC work and the answer waiting to be read, on a
// core every device shares), which a tablet with a core of its own would not wait for; these figures hold
// none of it.
#include "admin/oversight_types.h"

#include <QString>
#include <optional>

namespace sohoi::tools::sim {

/// Calls of the sync service (enrolment, push, pull) answered between two readings.
struct SyncCallTimes {
  quint64 turnedAway = 0;
  std::vector<quint64> upperBoundsUs;
  std::vector<quint64> counts;  // per bound, and one beyond them

  quint64 calls() const;
};

/// What the sync service answered between before and after (the same server process); nullopt when the
/// readings do not fit together (other bounds, or a server started again in between).
std::optional<SyncCallTimes> syncCallsBetween(const client::ServerCallTimes& before,
                                              const client::ServerCallTimes& after);
/// The bound, in milliseconds, within which a share q (0–1) of the calls was answered; for calls beyond
/// every bound, the last bound. 0 without calls.
double callTimeQuantileMs(const SyncCallTimes& times, double q);

}  // namespace sohoi::tools::sim
