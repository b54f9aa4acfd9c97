#pragma once
// sohoi-sim --fleet: the province's fleet benchmark (DESIGN §7). Two phases, each with every device
// syncing at once: the first sync (enrolment and the initial download of tree, plan and baselines), then,
// after each device saved a day's records offline, the daily sync. Each phase prints its throughput, its
// per-sync latencies (from each device's own start, and from the moment all were let go) and, given the
// server's pid, the server's CPU per device-sync and its peak memory, and the server's own timing of the
// phase's sync calls (server_call_times.h) when the account may read it; the run ends with the check that
// the server holds exactly the versions the devices made (fleet_check.h).
#include <QString>
#include <QTextStream>
#include <memory>
#include <vector>

#include "sim_device.h"

namespace grpc {
class Channel;
}

namespace sohoi::tools::sim {

struct FleetOptions {
  QString server;     // host:port, as the devices store it
  QString adminUser;  // signs in again for the end check
  QString adminPassword;
  int records = 20;  // saved on each device between the phases
  bool edits = false;
  int threads = 4;          // for saving records and reading stores, between the timed phases
  qint64 serverPid = 0;     // 0: the server's figures are not read
  int firstConcurrent = 0;  // first syncs running together; 0: all (the daily sync always runs all at once)
  // Each device dials its own connection for each phase, as each tablet does when it syncs, instead of all
  // sharing the simulator's one (HTTP/2 multiplexes them), which spares both sides every connection's
  // setup and its share of polling.
  bool connectionPerDevice = false;
  // Devices compute only in turns on the simulator's CPUs (cpu_turns.h), and each phase also prints its
  // latencies less the waits for a turn: what tablets with a core of their own would have seen, but for
  // the simulator's own share of each call (its gRPC work, decoding the answer), which still runs outside
  // turns and is counted as the call's.
  bool cpuTurns = false;
};

/// Runs both phases on devices (codes issued and store paths set) and the end check, over channel or, with
/// connectionPerDevice, over a channel of each device's own; prints one line per phase and one for the
/// check on out, failures on err. Devices whose first sync failed are counted and left out of the rest.
/// Returns the exit code: 0, or 1 when a device failed, a record was lost or the server's records differ
/// from the devices'.
int runFleet(const std::shared_ptr<grpc::Channel>& channel, std::vector<SimDevice>& devices,
             const FleetOptions& options, QTextStream& out, QTextStream& err);

}  // namespace sohoi::tools::sim
