// Sync as a leader sees it: offline is a calm line saying what waits, not an error; records that went
// out are confirmed; the last successful sync keeps its time.
#include "sync_controller.h"
#include "test_store.h"

#include "fake_server.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

// The engine owns its transport; the test keeps the server, so it can cut and restore the link.
class LinkToServer final : public client::SyncTransport {
 public:
  explicit LinkToServer(client::test::FakeServer* server) : server_(server) {}
  client::RpcResult<client::EnrolReply> enroll(const QString& code, const QString& name,
                                               const QByteArray& attemptId) override {
    return server_->enroll(code, name, attemptId);
  }
  client::RpcResult<client::PushReply> push(const std::vector<client::Mutation>& mutations) override {
    return server_->push(mutations);
  }
  client::RpcResult<client::PullPage> pull(const QByteArray& cursor, quint32 size, const QString& reference) override {
    return server_->pull(cursor, size, reference);
  }
  void setCredential(const QString& credential) override { server_->setCredential(credential); }

 private:
  client::test::FakeServer* server_;
};

client::Synchronizer::Options withoutWaiting() {
  client::Synchronizer::Options options;
  options.retryBudget = 2;
  options.sleep = [](std::chrono::milliseconds) {};
  return options;
}

}  // namespace

TEST_CASE("offline is a calm line saying how many records wait, then a sync confirms what went out") {
  test::DemoApp demo;
  client::test::FakeServer server;
  SyncController sync(demo.manager());
  sync.setAutoInterval(0);
  sync.start([&](const client::Account&) { return std::make_unique<LinkToServer>(&server); }, withoutWaiting());
  const int waiting = sync.pendingCount();
  REQUIRE(waiting > 0);
  QSignalSpy finished(&sync, &SyncController::syncFinished);

  const QString lastBefore = sync.lastSyncText();
  server.failNext(client::test::FakeServer::unavailable(), withoutWaiting().retryBudget + 1);  // the whole run
  sync.syncNow();
  REQUIRE(finished.wait(10000));
  CHECK(sync.offline());
  CHECK(sync.errorText().isEmpty());  // not shown as an error
  CHECK(sync.statusText().isEmpty());
  CHECK(sync.offlineText() == QCoreApplication::translate("Sync", "No network – %n record(s) waiting to be sent; the "
                                                                  "tablet sends them by itself", nullptr, waiting));
  CHECK(sync.sentText().isEmpty());
  CHECK(sync.lastSyncText() == lastBefore);  // a failed run is no sync

  sync.syncNow();
  REQUIRE(finished.wait(10000));
  CHECK(finished.last().at(0).toBool());
  CHECK_FALSE(sync.offline());
  CHECK(sync.offlineText().isEmpty());
  CHECK(sync.pendingCount() == 0);
  CHECK(sync.sentText() == QCoreApplication::translate("Sync", "Sent %n record(s)", nullptr, waiting));
  const QString successful = QCoreApplication::translate("Sync", "Last successful sync: %1 (%2)");
  CHECK(sync.lastSyncText().startsWith(successful.left(successful.indexOf(QLatin1String("%1")))));
}
