#include "sim_device.h"

#include "process_usage.h"
#include "record_factory.h"
#include "turn_taking_transport.h"
#include "store/local_store.h"
#include "sync/sync_client.h"
#include "sync/synchronizer.h"

#include <QElapsedTimer>
#include <QScopeGuard>

namespace sohoi::tools::sim {

using namespace sohoi::client;

namespace {

// The CPU the calling thread spent since cpuStart plus the server's time for client's calls; nullopt when
// the server did not say what its calls took.
std::optional<qint64> cpuPlusServerMs(qint64 cpuStart, const SyncClient& client) {
  const qint64 serverUs = client.serverTime().count();
  if (serverUs <= 0) return std::nullopt;
  return (threadCpuMicros() - cpuStart + serverUs) / 1000;
}

// Calls holds.finished() (when set) as it goes out of scope, whichever way the step ends.
auto holdAtFinish(const DeviceHolds& holds) {
  return qScopeGuard([&holds] {
    if (holds.finished) holds.finished();
  });
}

}  // namespace

Status SimDevice::prepare(const std::shared_ptr<grpc::Channel>& channel, const QString& serverAddress, int records,
                          bool edits) {
  if (firstSync(channel, serverAddress, DeviceHolds{[] {}, {}}); !status.isOk()) return status;
  return saveRecords(records, edits);
}

Status SimDevice::firstSync(const std::shared_ptr<grpc::Channel>& channel, const QString& serverAddress,
                            const DeviceHolds& holds) {
  // A simulator may lose its files in a power cut; a device may not (see LocalStore::Durability).
  std::unique_ptr<LocalStore> store = LocalStore::open(storePath, &status, LocalStore::Durability::Normal);
  const auto finish = holdAtFinish(holds);  // declared after the store: runs before it closes
  SyncClient client(channel);
  TurnTakingTransport transport(client, holds.turns);  // gives its turn back before finish() holds it
  holds.ready();  // even after a failed open: the others must not wait for this device forever
  if (!store) return status;
  QElapsedTimer timer;
  timer.start();
  const qint64 cpuStart = threadCpuMicros();
  transport.begin();
  SyncSummary enrolment;  // what the enrolment sent again is in this device's first sync too
  status = enrolDevice(store.get(), &transport, code, QStringLiteral("sim-%1").arg(seed), serverAddress, {},
                       &enrolment);
  // The first sync brings the org tree, which validation needs before anything can be saved.
  if (status.isOk()) {
    const SyncOutcome outcome = Synchronizer(store.get(), &transport).runOnce();
    firstSummary = outcome.summary;
    status = outcome.status;
  }
  transport.end();
  firstSummary.busyWaits += enrolment.busyWaits;
  firstSummary.retries += enrolment.retries;
  firstSyncMs = timer.elapsed();  // a failure's time too: a device that waits and fails is in the tail
  firstOwnCoreMs = firstSyncMs - transport.waitedMs();
  firstCpuAndServerMs = cpuPlusServerMs(cpuStart, client);
  return status;
}

Status SimDevice::saveRecords(int records, bool edits) {
  std::unique_ptr<LocalStore> store = LocalStore::open(storePath, &status, LocalStore::Durability::Normal);
  if (!store) return status;
  RecordFactory factory(seed, unitId);
  if (status = factory.createRecords(store.get(), records); !status.isOk()) return status;
  if (edits)
    for (int i = 0; i < records / 10; ++i)
      if (status = factory.editOne(store.get()); !status.isOk()) return status;
  saved = static_cast<int>(store->lastSeq());
  return status;
}

Status SimDevice::sync(const std::shared_ptr<grpc::Channel>& channel, const DeviceHolds& holds) {
  std::unique_ptr<LocalStore> store = LocalStore::open(storePath, &status, LocalStore::Durability::Normal);
  const auto finish = holdAtFinish(holds);  // declared after the store: runs before it closes
  SyncClient client(channel);
  TurnTakingTransport transport(client, holds.turns);  // gives its turn back before finish() holds it
  holds.ready();  // even after a failed open: the others must not wait for this device forever
  if (!store) return status;
  QElapsedTimer timer;
  timer.start();
  const qint64 cpuStart = threadCpuMicros();
  transport.begin();
  const SyncOutcome outcome = Synchronizer(store.get(), &transport).runOnce();
  transport.end();
  ownCoreMs = timer.elapsed() - transport.waitedMs();
  cpuAndServerMs = cpuPlusServerMs(cpuStart, client);
  summary = outcome.summary;
  status = outcome.status;
  const OutboxCounts counts = store->counts();
  acknowledged = counts.acknowledged;
  rejected = counts.rejected;
  pending = counts.pending;
  return status;
}

}  // namespace sohoi::tools::sim
