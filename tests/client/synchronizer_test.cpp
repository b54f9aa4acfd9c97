// Specifications of one sync run against the in-memory fake server.
#include "fake_server.h"
#include "sync/synchronizer.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <future>

using namespace sohoi;
using namespace sohoi::client;

namespace {

// No real waiting in unit tests; the waits asked for are recorded.
struct Harness {
  test::TempStore temp;
  test::FakeServer server;
  std::vector<std::chrono::milliseconds> waits;
  Synchronizer sync{temp.store.get(), &server, options()};

  Synchronizer::Options options() {
    Synchronizer::Options o;
    o.pushBatchSize = 500;
    o.seed = 7;
    o.sleep = [this](std::chrono::milliseconds d) { waits.push_back(d); };
    return o;
  }
  /// Three records to push, and a server that first fails times with error; the run's outcome.
  SyncOutcome runThroughFailures(const RpcError& error, int times) {
    create(3);
    server.failNext(error, times);
    return sync.runOnce();
  }
  /// count records, then a run against a server that does, or does not, answer the pull with the push.
  SyncOutcome runAfterCreating(int count, bool pullWithPush) {
    server.answersPullWithPush = pullWithPush;
    create(count);
    return sync.runOnce();
  }
  void create(int count, const QString& title = QStringLiteral("Tuyên truyền")) {
    for (int i = 0; i < count; ++i)
      REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields(title)).isOk());
  }
};

}  // namespace

TEST_CASE("a sync pushes the outbox in batches and pulls the changes back") {
  Harness h;
  h.create(1200);
  const SyncOutcome outcome = h.sync.runOnce();
  REQUIRE(outcome.ok());
  CHECK(outcome.summary.accepted == 1200);
  CHECK(outcome.summary.pushCalls == 3);
  CHECK(outcome.summary.pulled == 1200);
  CHECK(h.server.storedVersions() == 1200);
  CHECK(h.temp.store->pendingCount() == 0);
  CHECK_FALSE(h.temp.store->cursor().isEmpty());
  CHECK(h.temp.store->lastSyncAt() > 0);
}

TEST_CASE("a day's sync is one call when the server answers the pull with the push") {
  Harness h;
  const SyncOutcome outcome = h.runAfterCreating(3, true);
  REQUIRE(outcome.ok());
  CHECK(outcome.summary.pushCalls == 1);
  CHECK(outcome.summary.pullCalls == 0);
  CHECK(outcome.summary.pulled == 3);  // this fake sends a device's own versions back
  REQUIRE(h.server.pullsAskedWithPush.size() == 1);
  CHECK(h.server.pullsAskedWithPush[0].waitingAfter == 0);
  CHECK_FALSE(h.temp.store->cursor().isEmpty());
  CHECK(h.temp.store->lastSyncAt() > 0);

  // Nothing to push: the pull is a call of its own, from where the pushed page left off.
  const SyncOutcome next = h.sync.runOnce();
  REQUIRE(next.ok());
  CHECK(next.summary.pushCalls == 0);
  CHECK(next.summary.pullCalls == 1);
  CHECK(next.summary.pulled == 0);
}

TEST_CASE("only the push that empties the outbox asks for the pull, whose later pages are pulled") {
  Harness h;
  const SyncOutcome outcome = h.runAfterCreating(1200, true);
  REQUIRE(outcome.ok());
  CHECK(outcome.summary.pushCalls == 3);
  CHECK(h.server.pullsAskedWithPush.size() == 1);
  CHECK(outcome.summary.pullCalls == 2);  // 500 came with the last push; then 500 and 200
  CHECK(outcome.summary.pulled == 1200);
  CHECK(h.temp.store->pendingCount() == 0);
}

TEST_CASE("a server that does not answer the pull with the push is pulled from as before") {
  Harness h;  // answering the push alone, as a server before the combined call
  const SyncOutcome outcome = h.runAfterCreating(3, false);
  REQUIRE(outcome.ok());
  CHECK(h.server.pullsAskedWithPush.size() == 1);
  CHECK(outcome.summary.pullCalls == 1);
  CHECK(outcome.summary.pulled == 3);
}

TEST_CASE("a transient failure is retried with backoff and the sync completes") {
  Harness h;
  h.create(3);
  h.server.failNext(test::FakeServer::unavailable(), 2);
  const SyncOutcome outcome = h.sync.runOnce();
  REQUIRE(outcome.ok());
  CHECK(outcome.summary.retries == 2);
  CHECK(h.waits.size() == 2);
  CHECK(h.waits[0] <= std::chrono::milliseconds(500));
  CHECK(h.waits[1] <= std::chrono::milliseconds(1000));
  CHECK(h.server.storedVersions() == 3);
}

TEST_CASE("a busy server is obeyed: the device waits at least the delay it names, then completes") {
  Harness h;
  const SyncOutcome outcome = h.runThroughFailures(test::FakeServer::busy(std::chrono::milliseconds(1500)), 20);
  REQUIRE(outcome.ok());
  CHECK(outcome.summary.busyWaits == 20);  // more than the transient retry budget: busy answers have their own
  CHECK(outcome.summary.retries == 0);
  REQUIRE(h.waits.size() == 20);
  for (size_t i = 0; i < h.waits.size(); ++i) {
    CHECK(h.waits[i] >= std::chrono::milliseconds(1500));
    CHECK(h.waits[i] <= std::chrono::milliseconds(1500) + RetryPolicy().ceiling(static_cast<int>(i) + 1));
  }
  CHECK(h.server.storedVersions() == 3);
}

TEST_CASE("a server busy beyond the device's patience ends the run, the outbox kept for the next one") {
  Harness h;
  const SyncOutcome outcome = h.runThroughFailures(test::FakeServer::busy(std::chrono::seconds(30)), 1000);
  CHECK_FALSE(outcome.ok());
  CHECK(outcome.status.code() == QStringLiteral("SERVER_BUSY"));
  // Bounded: busy waits until five minutes are spent (each 30 to 60 s), then the ordinary retries.
  CHECK(h.waits.size() <= 10 + 5);
  CHECK(h.temp.store->pendingCount() == 3);
}

TEST_CASE("a stop ends a wait for a busy server at once") {
  // Everything on one thread of its own, as the sync engine runs it; this thread only stops it.
  std::promise<Synchronizer*> waiting;
  std::future<Synchronizer*> busyAnswered = waiting.get_future();
  std::future<SyncOutcome> outcome = std::async(std::launch::async, [&] {
    test::TempStore temp;
    test::FakeServer server;
    Synchronizer::Options options;  // waits for real
    options.seed = 7;
    Synchronizer sync(temp.store.get(), &server, options);
    REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields()).isOk());
    server.failNext(test::FakeServer::busy(std::chrono::minutes(2)));
    server.onFailure = [&] { waiting.set_value(&sync); };
    return sync.runOnce();
  });
  REQUIRE(busyAnswered.wait_for(std::chrono::seconds(30)) == std::future_status::ready);
  busyAnswered.get()->requestStop();
  // Told to come back in two minutes or more, the run ends as soon as it is stopped.
  REQUIRE(outcome.wait_for(std::chrono::seconds(30)) == std::future_status::ready);
  CHECK(outcome.get().status.code() == QStringLiteral("CANCELLED"));
}

TEST_CASE("a permanent failure is not retried and the outbox is kept") {
  Harness h;
  h.create(3);
  h.server.failNext(test::FakeServer::updateNeeded());
  const SyncOutcome outcome = h.sync.runOnce();
  CHECK_FALSE(outcome.ok());
  CHECK(outcome.status.code() == QStringLiteral("UPDATE_NEEDED"));
  CHECK_FALSE(outcome.status.messageVi().isEmpty());
  CHECK_FALSE(outcome.status.messageEn().isEmpty());
  CHECK(h.server.pushCalls == 1);
  CHECK(h.waits.empty());
  CHECK(h.temp.store->pendingCount() == 3);
}

TEST_CASE("a transient failure that outlasts the attempts leaves the outbox intact") {
  Harness h;
  h.create(2);
  h.server.failNext(test::FakeServer::unavailable(), 50);
  const SyncOutcome outcome = h.sync.runOnce();
  CHECK_FALSE(outcome.ok());
  CHECK(outcome.status.code() == QStringLiteral("UNAVAILABLE"));
  CHECK(h.server.pushCalls == RetryPolicy::Config{}.maxAttempts);
  CHECK(h.temp.store->pendingCount() == 2);
}

TEST_CASE("one rejected record does not block the rest of the batch") {
  Harness h;
  h.create(2);
  h.create(1, QStringLiteral("Tên bị từ chối"));
  h.create(2);
  h.server.rejectTitle(QStringLiteral("Tên bị từ chối"));
  const SyncOutcome outcome = h.sync.runOnce();
  REQUIRE(outcome.ok());
  CHECK(outcome.summary.accepted == 4);
  CHECK(outcome.summary.rejected == 1);
  CHECK(h.temp.store->rejectedItems().size() == 1);
  const int pushes = h.server.pushCalls;
  REQUIRE(h.sync.runOnce().ok());
  CHECK(h.server.pushCalls == pushes);  // nothing left to send: the rejected one waits for an edit
}

TEST_CASE("an acknowledgement lost on the device is answered again without duplicates") {
  Harness h;
  h.create(3);
  h.temp.store->setFailpointForTesting(QStringLiteral("acknowledge"));
  CHECK_FALSE(h.sync.runOnce().ok());
  h.temp.store->setFailpointForTesting({});
  CHECK(h.temp.store->pendingCount() == 3);
  REQUIRE(h.sync.runOnce().ok());
  CHECK(h.temp.store->pendingCount() == 0);
  CHECK(h.server.storedVersions() == 3);
}

TEST_CASE("after a server restore the device re-sends what was lost and downloads again") {
  Harness h;
  h.create(2);
  REQUIRE(h.sync.runOnce().ok());
  h.server.snapshot();
  h.create(3);
  REQUIRE(h.sync.runOnce().ok());
  REQUIRE(h.server.storedVersions() == 5);
  h.server.restoreSnapshot();  // the server lost seq 3..5 and has a new epoch

  SECTION("with new local work the gap reveals the loss") {
    h.create(1);
    const SyncOutcome outcome = h.sync.runOnce();
    REQUIRE(outcome.ok());
    CHECK(h.server.storedVersions() == 6);
    CHECK(h.server.lastSeq() == 6);
  }
  SECTION("with nothing new, the reset pull makes the device probe and re-send") {
    const SyncOutcome outcome = h.sync.runOnce();
    REQUIRE(outcome.ok());
    CHECK(outcome.summary.reset);
    CHECK(h.server.storedVersions() == 5);
    CHECK(h.server.lastSeq() == 5);
  }
  CHECK(h.temp.store->pendingCount() == 0);
  CHECK(h.temp.store->account().serverEpoch == QStringLiteral("epoch-2"));
  CHECK(h.temp.store->currentRecords(RecordKind::Activity).size() == static_cast<size_t>(h.server.storedVersions()));
  REQUIRE(h.sync.runOnce().ok());  // converged: a further sync moves nothing
  CHECK(h.server.storedVersions() == static_cast<int>(h.temp.store->currentRecords(RecordKind::Activity).size()));
}

TEST_CASE("an unenrolled device does not sync") {
  QTemporaryDir dir;
  Status status;
  auto store = LocalStore::open(dir.filePath(QStringLiteral("d.sqlite")), &status);
  test::FakeServer server;
  Synchronizer sync(store.get(), &server);
  const SyncOutcome outcome = sync.runOnce();
  CHECK(outcome.status.code() == QStringLiteral("NOT_ENROLLED"));
  CHECK(server.pushCalls == 0);
}

TEST_CASE("a device whose database is older than what the server received stops instead of losing edits") {
  Harness h;
  h.create(3);
  REQUIRE(h.sync.runOnce().ok());
  test::TempStore restored;  // same account, but its log starts again from 1
  REQUIRE(restored.store->createRecord(RecordKind::Activity, {}, test::activityFields()).isOk());
  Synchronizer sync(restored.store.get(), &h.server, h.options());
  const SyncOutcome outcome = sync.runOnce();
  CHECK(outcome.status.code() == QStringLiteral("DEVICE_BEHIND"));
  CHECK(restored.store->pendingCount() == 1);  // not marked as acknowledged
}
