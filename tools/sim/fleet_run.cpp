#include "fleet_run.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <iterator>
#include <mutex>

#include "cpu_turns.h"
#include "fleet_check.h"
#include "latencies.h"
#include "own_core_load.h"
#include "parallel.h"
#include "process_usage.h"
#include "server_call_times.h"
#include "staff_desk.h"
#include "start_gate.h"
#include "sync/sync_client.h"

namespace sohoi::tools::sim {

namespace {

// What one phase measured.
struct Phase {
  double seconds = 0;
  std::vector<qint64> latencies;  // per device, from its own start (figures() sorts them)
  // With turns (cpu_turns.h), the same less each device's waits for one: as a tablet with a core of its
  // own would have waited, but for the simulator's share of each call.
  std::vector<qint64> ownCore;
  // Per device, from the moment all were let go to its end. The simulator's own core starts its devices
  // one after another, so their starts spread over the phase; this is what a tablet would see if the
  // whole fleet truly arrived in one instant.
  std::vector<qint64> sinceRelease;
  // Per device, its own CPU plus the server's time for its calls (SimDevice), printed only when every
  // device's server said its times.
  std::vector<qint64> cpuAndServer;
  bool cpuAndServerKnown = true;
  std::optional<ProcessUsage> before, after;  // the server's, when watched
  int serverCpus = 1;                          // how many CPUs the server may run on
  // The simulator's own: its one core runs every device's client, which sets how fast it lets them go.
  std::optional<ProcessUsage> ownBefore, ownAfter;
  // Calls sent again, in all: after the server said it was busy (and when to come back), and after other
  // transient failures. A device turned away waits, and that wait is in its latency.
  int busyWaits = 0, retries = 0;
  // The server's own timing of the phase's sync calls (server_call_times.h), when it could be read.
  std::optional<SyncCallTimes> serverCalls;

  void countRetries(const client::SyncSummary& summary) {
    busyWaits += summary.busyWaits;
    retries += summary.retries;
  }
  void addCpuAndServer(const std::optional<qint64>& ms) {
    if (ms)
      cpuAndServer.push_back(*ms);
    else
      cpuAndServerKnown = false;
  }
};

// Runs run(device, holds) for every device, `together` at a time (each on a thread of its own); the first
// `together` hold at ready() until all of them have arrived, and the clock starts when they are let go
// (opening the stores is not the server's time). With every device at once, each also holds at
// finished() until all are done, so that no device's closing of its store runs beside another's sync.
Phase runPhase(std::vector<SimDevice>& devices, int together, qint64 serverPid, CpuTurns* turns,
               const std::function<void(SimDevice&, const DeviceHolds&)>& run) {
  const int count = static_cast<int>(devices.size());
  const bool allAtOnce = together >= count;
  const qint64 ownPid = QCoreApplication::applicationPid();
  Phase phase;
  if (serverPid > 0) phase.serverCpus = usableCpus(serverPid);
  // The server's CPU is read over the same span as the phase's seconds: from the release to the last device
  // done. Read before the devices opened their stores, it took in whatever the server did meanwhile (its
  // progress figures built at start, say), and a short phase showed it busier than its CPUs could be.
  const auto readServer = [&] { return serverPid > 0 ? readProcessUsage(serverPid) : std::nullopt; };
  StartGate start(std::min(together, count));
  StartGate end(allAtOnce ? count : 0);
  QElapsedTimer timer;
  std::once_flag started, ended;
  phase.sinceRelease.assign(static_cast<size_t>(count), 0);
  parallelFor(count, together, [&](int i) {
    const DeviceHolds holds{[&] {
                              start.arriveAndWait();
                              std::call_once(started, [&] {
                                timer.start();
                                phase.ownBefore = readProcessUsage(ownPid);  // the stores are open
                                phase.before = readServer();
                              });
                            },
                            [&] {
                              phase.sinceRelease[static_cast<size_t>(i)] =
                                  timer.elapsed();  // its own element
                              end.arriveAndWait();
                              // Every device is done and none has closed its store yet.
                              if (allAtOnce)
                                std::call_once(ended, [&] {
                                  phase.ownAfter = readProcessUsage(ownPid);
                                  phase.after = readServer();
                                });
                            },
                            turns};
    run(devices[static_cast<size_t>(i)], holds);
  });
  if (count > 0)
    phase.seconds =
        static_cast<double>(*std::max_element(phase.sinceRelease.begin(), phase.sinceRelease.end())) / 1e3;
  if (!allAtOnce) {  // staggered: stores open and close throughout
    phase.ownAfter = readProcessUsage(ownPid);
    phase.after = readServer();
  }
  return phase;
}

// The share of cpus CPUs' time a process took between two readings over the phase; nullopt when either
// is missing.
std::optional<double> busyPercentBetween(const std::optional<ProcessUsage>& before,
                                         const std::optional<ProcessUsage>& after, const Phase& phase,
                                         int cpus) {
  if (!before || !after) return std::nullopt;
  return busyPercent(after->cpuSeconds - before->cpuSeconds, phase.seconds, cpus);
}

// The simulator's own, of the CPUs it may run on.
std::optional<double> ownBusyPercent(const Phase& phase) {
  return busyPercentBetween(phase.ownBefore, phase.ownAfter, phase, usableCpus());
}

// The server's, of the CPUs it may run on (whether the server or the simulator set the pace).
std::optional<double> serverBusyPercent(const Phase& phase) {
  return busyPercentBetween(phase.before, phase.after, phase, phase.serverCpus);
}

// Warns when the simulator's own CPU was saturated through the phase.
void cautionIfSaturated(const QString& phaseName, const Phase& phase, QTextStream& err) {
  if (const std::optional<double> busy = ownBusyPercent(phase))
    if (const std::optional<QString> caution = saturationCaution(phaseName, *busy, serverBusyPercent(phase)))
      err << *caution << Qt::endl;
}

// "p50_ms … server_peak_mb …": what every phase line ends with.
QString figures(Phase& phase, int syncs) {
  std::sort(phase.latencies.begin(), phase.latencies.end());
  std::sort(phase.sinceRelease.begin(), phase.sinceRelease.end());
  std::sort(phase.ownCore.begin(), phase.ownCore.end());
  QString line = QStringLiteral(
                     "syncs_per_s %1 p50_ms %2 p95_ms %3 p99_ms %4 max_ms %5 release_p50_ms %6 "
                     "release_p99_ms %7")
                     .arg(static_cast<double>(syncs) / std::max(phase.seconds, 1e-6), 0, 'f', 1)
                     .arg(percentile(phase.latencies, 0.50))
                     .arg(percentile(phase.latencies, 0.95))
                     .arg(percentile(phase.latencies, 0.99))
                     .arg(phase.latencies.empty() ? 0 : phase.latencies.back())
                     .arg(percentile(phase.sinceRelease, 0.50))
                     .arg(percentile(phase.sinceRelease, 0.99));
  if (!phase.ownCore.empty())
    line += QStringLiteral(" own_core_p50_ms %1 own_core_p99_ms %2")
                .arg(percentile(phase.ownCore, 0.50))
                .arg(percentile(phase.ownCore, 0.99));
  if (phase.cpuAndServerKnown && !phase.cpuAndServer.empty()) {
    std::sort(phase.cpuAndServer.begin(), phase.cpuAndServer.end());
    line += QStringLiteral(" cpu_and_server_p50_ms %1 cpu_and_server_p99_ms %2")
                .arg(percentile(phase.cpuAndServer, 0.50))
                .arg(percentile(phase.cpuAndServer, 0.99));
  }
  const auto cpuPerSync = [&](const std::optional<ProcessUsage>& before,
                              const std::optional<ProcessUsage>& after) {
    return (after->cpuSeconds - before->cpuSeconds) * 1000.0 / std::max(syncs, 1);
  };
  if (const std::optional<double> busy = ownBusyPercent(phase))
    line += QStringLiteral(" sim_cpu_ms_per_sync %1 sim_busy_pct %2")
                .arg(cpuPerSync(phase.ownBefore, phase.ownAfter), 0, 'f', 1)
                .arg(*busy, 0, 'f', 0);
  if (const std::optional<double> serverBusy = serverBusyPercent(phase))
    line += QStringLiteral(" server_cpu_ms_per_sync %1 server_peak_mb %2 server_busy_pct %3")
                .arg(cpuPerSync(phase.before, phase.after), 0, 'f', 1)
                .arg(static_cast<double>(phase.after->peakKiB) / 1024.0, 0, 'f', 0)
                .arg(*serverBusy, 0, 'f', 0);
  else
    line += QStringLiteral(" server_cpu_ms_per_sync - server_peak_mb - server_busy_pct -");
  line += QStringLiteral(" busy_waits %1 retries %2").arg(phase.busyWaits).arg(phase.retries);
  if (phase.serverCalls)
    line +=
        QStringLiteral(" server_calls %1 server_call_p50_ms %2 server_call_p99_ms %3 server_turned_away %4")
            .arg(phase.serverCalls->calls())
            .arg(callTimeQuantileMs(*phase.serverCalls, 0.50), 0, 'f', 1)
            .arg(callTimeQuantileMs(*phase.serverCalls, 0.99), 0, 'f', 1)
            .arg(phase.serverCalls->turnedAway);
  return line;
}

// Runs phase between two readings of the server's call times (through desk, when signed in), and keeps what
// its sync calls took on the server in the phase's figures.
Phase timedOnServer(StaffDesk* desk, const std::function<Phase()>& phase, QTextStream& err) {
  QString error;
  const std::optional<client::ServerCallTimes> before = desk ? desk->callTimes(&error) : std::nullopt;
  Phase ran = phase();
  const std::optional<client::ServerCallTimes> after = before ? desk->callTimes(&error) : std::nullopt;
  if (before && after) ran.serverCalls = syncCallsBetween(*before, *after);
  if (!error.isEmpty()) err << QStringLiteral("server call times not read: ") << error << Qt::endl;
  return ran;
}

// Prints the devices that failed (the first few) and returns how many did.
int failures(const std::vector<SimDevice>& devices, QTextStream& err) {
  int failed = 0;
  for (const SimDevice& device : devices)
    if (!device.status.isOk() && ++failed <= 5)
      err << QStringLiteral("device %1: %2").arg(device.storePath, device.status.toString()) << Qt::endl;
  if (failed > 5) err << QStringLiteral("… %1 devices failed").arg(failed) << Qt::endl;
  return failed;
}

// The end check; prints its line. True when the server holds exactly what the devices made.
bool checkServer(const std::shared_ptr<grpc::Channel>& channel, const std::vector<SimDevice>& devices,
                 const FleetOptions& options, QTextStream& out, QTextStream& err) {
  QString error;
  QSet<QString> deviceIds;
  const std::optional<FleetTally> made = tallyDevices(devices, &deviceIds, &error);
  std::unique_ptr<StaffDesk> desk;
  if (made)
    desk = StaffDesk::signIn(channel, options.adminUser, options.adminPassword, QStringLiteral("sohoi-sim"),
                             &error);
  const std::optional<FleetTally> held = desk ? tallyServer(*desk, deviceIds, &error) : std::nullopt;
  if (!held) {
    err << error << Qt::endl;
    return false;
  }
  int versions = 0;
  for (const auto& entry : *made) versions += entry.second.versions;
  const QStringList differences = tallyDifferences(*made, *held);
  out << QStringLiteral("check units %1 versions %2 server_holds_exactly %3")
             .arg(made->size())
             .arg(versions)
             .arg(differences.isEmpty() ? QStringLiteral("yes") : QStringLiteral("no"))
      << Qt::endl;
  for (const QString& line : differences) err << line << Qt::endl;
  return differences.isEmpty();
}

}  // namespace

int runFleet(const std::shared_ptr<grpc::Channel>& channel, std::vector<SimDevice>& devices,
             const FleetOptions& options, QTextStream& out, QTextStream& err) {
  const int firstTogether =
      options.firstConcurrent > 0 ? options.firstConcurrent : static_cast<int>(devices.size());
  // Made on the device's thread before its sync: the connection itself is dialled by the sync's first call.
  const auto channelOf = [&] {
    return options.connectionPerDevice
               ? client::SyncClient::makeChannel(options.server, {}, client::SyncClient::Connection::Own)
               : channel;
  };
  // In turns, as many devices compute at once as the simulator has CPUs; the others wait for a turn or for
  // the server.
  std::optional<CpuTurns> turns;
  if (options.cpuTurns) turns.emplace(usableCpus());
  CpuTurns* const turnsOrNone = turns ? &*turns : nullptr;
  // Signed in for the whole run: reading the server's call times around a phase is one call each.
  QString signInError;
  const std::unique_ptr<StaffDesk> desk = StaffDesk::signIn(channel, options.adminUser, options.adminPassword,
                                                            QStringLiteral("sohoi-sim"), &signInError);
  if (!desk) err << QStringLiteral("server call times not read: ") << signInError << Qt::endl;
  Phase first = timedOnServer(
      desk.get(),
      [&] {
        return runPhase(devices, firstTogether, options.serverPid, turnsOrNone,
                        [&](SimDevice& device, const DeviceHolds& holds) {
                          device.firstSync(channelOf(), options.server, holds);
                        });
      },
      err);
  for (const SimDevice& device : devices) {
    first.latencies.push_back(device.firstSyncMs);
    first.addCpuAndServer(device.firstCpuAndServerMs);
    if (turns) first.ownCore.push_back(device.firstOwnCoreMs);
    first.countRetries(device.firstSummary);
  }
  const int firstFailed = failures(devices, err);
  out << QStringLiteral("first_sync devices %1 concurrent %2 failed %3 seconds %4 ")
             .arg(devices.size())
             .arg(std::min<size_t>(static_cast<size_t>(firstTogether), devices.size()))
             .arg(firstFailed)
             .arg(first.seconds, 0, 'f', 2)
      << figures(first, static_cast<int>(devices.size())) << Qt::endl;
  cautionIfSaturated(QStringLiteral("first_sync"), first, err);
  // A device that could not enrol has nothing to sync: the daily phase and the check go on without it,
  // and the run still fails at the end.
  std::vector<SimDevice> enrolled;
  std::copy_if(devices.begin(), devices.end(), std::back_inserter(enrolled),
               [](const SimDevice& device) { return device.status.isOk(); });
  const int count = static_cast<int>(enrolled.size());
  if (count == 0) return 1;

  parallelFor(count, options.threads,
              [&](int i) { enrolled[static_cast<size_t>(i)].saveRecords(options.records, options.edits); });
  if (failures(enrolled, err) > 0) return 1;

  Phase daily = timedOnServer(
      desk.get(),
      [&] {
        return runPhase(
            enrolled, count, options.serverPid, turnsOrNone,
            [&](SimDevice& device, const DeviceHolds& holds) { device.sync(channelOf(), holds); });
      },
      err);
  qint64 records = 0, accepted = 0, rejected = 0, pending = 0;
  for (const SimDevice& device : enrolled) {
    daily.latencies.push_back(device.summary.elapsedMs);
    daily.addCpuAndServer(device.cpuAndServerMs);
    if (turns) daily.ownCore.push_back(device.ownCoreMs);
    daily.countRetries(device.summary);
    records += device.saved;
    accepted += device.acknowledged;
    rejected += device.rejected;
    pending += device.pending;
  }
  const int dailyFailed = failures(enrolled, err);
  out << QStringLiteral(
             "daily_sync devices %1 failed %2 records %3 accepted %4 rejected %5 seconds %6 records_per_s "
             "%7 ")
             .arg(count)
             .arg(dailyFailed)
             .arg(records)
             .arg(accepted)
             .arg(rejected)
             .arg(daily.seconds, 0, 'f', 2)
             .arg(static_cast<double>(accepted) / std::max(daily.seconds, 1e-6), 0, 'f', 0)
      << figures(daily, count) << Qt::endl;
  cautionIfSaturated(QStringLiteral("daily_sync"), daily, err);
  const bool checked = checkServer(channel, enrolled, options, out, err);
  const bool complete =
      firstFailed == 0 && dailyFailed == 0 && accepted + rejected == records && pending == 0;
  return checked && complete ? 0 : 1;
}

}  // namespace sohoi::tools::sim
