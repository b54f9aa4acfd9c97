// Specifications of the threaded sync engine (the QObject a QML page binds to).
#include "fake_server.h"
#include "sync/sync_engine.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QThread>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::client;

namespace {

// Forwards to a FakeServer the test owns, noting the thread each call came from.
class RecordingTransport final : public SyncTransport {
 public:
  RecordingTransport(test::FakeServer* server, QThread** callThread) : server_(server), callThread_(callThread) {}
  RpcResult<EnrolReply> enroll(const QString& c, const QString& n, const QByteArray& a) override {
    return server_->enroll(c, n, a);
  }
  RpcResult<PushReply> push(const std::vector<Mutation>& m) override {
    *callThread_ = QThread::currentThread();
    return server_->push(m);
  }
  RpcResult<PullPage> pull(const QByteArray& c, quint32 s, const QString& r) override { return server_->pull(c, s, r); }
  void setCredential(const QString& c) override { server_->setCredential(c); }
  void reconnectNow() override { ++reconnects; }
  int reconnects = 0;

 private:
  test::FakeServer* server_;
  QThread** callThread_;
};

// The spy hears the worker thread directly, so a quick run may end before wait() starts, and wait()
// only counts emissions after it is called: wait for the count instead, up to ten seconds.
bool reachesCount(QSignalSpy& spy, int n) {
  for (int tries = 0; spy.count() < n && tries < 200; ++tries) spy.wait(50);
  return spy.count() == n;
}

}  // namespace

TEST_CASE("the engine syncs off the caller's thread and reports progress and a summary") {
  test::TempStore temp;
  for (int i = 0; i < 3; ++i) REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields()).isOk());
  test::FakeServer server;
  QThread* callThread = nullptr;
  SyncEngine engine(temp.path(), [&](const Account&) { return std::make_unique<RecordingTransport>(&server, &callThread); });
  QSignalSpy finished(&engine, &SyncEngine::finished);
  QSignalSpy progress(&engine, &SyncEngine::progress);
  engine.syncNow();
  REQUIRE(reachesCount(finished, 1));
  CHECK(finished.at(0).at(0).toBool());
  const auto summary = finished.at(0).at(1).value<SyncSummary>();
  CHECK(summary.accepted == 3);
  CHECK(summary.pulled == 3);
  CHECK(progress.count() >= 2);
  CHECK(callThread != nullptr);
  CHECK(callThread != QThread::currentThread());
  CHECK(temp.store->pendingCount() == 0);  // the test's own connection sees the worker's commits
  CHECK_FALSE(engine.running());
}

TEST_CASE("a failed sync reports its reason in both languages") {
  test::TempStore temp;
  REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields()).isOk());
  test::FakeServer server;
  server.failNext(test::FakeServer::updateNeeded());
  QThread* callThread = nullptr;
  SyncEngine engine(temp.path(), [&](const Account&) { return std::make_unique<RecordingTransport>(&server, &callThread); });
  QSignalSpy failed(&engine, &SyncEngine::failed);
  QSignalSpy finished(&engine, &SyncEngine::finished);
  engine.syncNow();
  REQUIRE(reachesCount(finished, 1));
  REQUIRE(failed.count() == 1);
  CHECK(failed.at(0).at(0).toString() == QStringLiteral("UPDATE_NEEDED"));
  CHECK_FALSE(failed.at(0).at(1).toString().isEmpty());
  CHECK_FALSE(failed.at(0).at(2).toString().isEmpty());
  CHECK_FALSE(finished.at(0).at(0).toBool());
  CHECK(temp.store->pendingCount() == 1);
}

TEST_CASE("a person's retry makes the transport reconnect at once; a sync the tablet starts itself does not") {
  test::TempStore temp;
  REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields()).isOk());
  test::FakeServer server;
  QThread* callThread = nullptr;
  RecordingTransport* transport = nullptr;
  SyncEngine engine(temp.path(), [&](const Account&) {
    auto made = std::make_unique<RecordingTransport>(&server, &callThread);
    transport = made.get();
    return made;
  });
  QSignalSpy finished(&engine, &SyncEngine::finished);
  engine.syncNow();
  REQUIRE(reachesCount(finished, 1));
  REQUIRE(transport != nullptr);
  CHECK(transport->reconnects == 0);
  engine.retryNow();
  REQUIRE(reachesCount(finished, 2));
  CHECK(transport->reconnects == 1);
  engine.syncNow();
  REQUIRE(reachesCount(finished, 3));
  CHECK(transport->reconnects == 1);
}
