// Stopping the server (SIGTERM, as systemd does) while devices hold connections open.
#include "ids/uuid7.h"
#include "support/raw_device.h"
#include "support/server_process.h"
#include "test_database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <future>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");
constexpr int kExitGuardMs = 20000;  // a failure guard only; the test asserts what happens, not how fast

// Holds the server database's write lock from this process, so a push stays inside the server: SQLite's
// one writer lock, or on PostgreSQL the feed counter every push updates (reads still go through).
class WriteLock {
 public:
  explicit WriteLock(const QString& spec) {
    QSqlDatabase db = connectTo(spec, kName);
    if (testsOnPostgres()) {
      REQUIRE(QSqlQuery(db).exec(QStringLiteral("BEGIN")));
      REQUIRE(QSqlQuery(db).exec(QStringLiteral("LOCK TABLE feed_counter IN EXCLUSIVE MODE")));
    } else {
      REQUIRE(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
  }
  ~WriteLock() { release(); }
  void release() {
    if (!QSqlDatabase::contains(kName)) return;
    {
      QSqlDatabase db = QSqlDatabase::database(kName);
      QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
      db.close();
    }
    QSqlDatabase::removeDatabase(kName);
  }

 private:
  inline static const QString kName = QStringLiteral("shutdown-test-lock");
};

}  // namespace

TEST_CASE("SIGTERM with an idle device connected finishes the push in flight and exits cleanly") {
  QTemporaryDir dir;
  const QString db = demoDatabase(dir.path());
  ServerProcess server(db);
  REQUIRE(server.start());
  RawDevice idle(server.address());  // enrols, then keeps its connection open and says nothing
  REQUIRE(idle.enroll(issueCode(db, kBranch)).status.ok());
  RawDevice device(server.address());
  REQUIRE(device.enroll(issueCode(db, kBranch)).status.ok());
  const RecordVersion version = device.newActivity(kBranch);

  WriteLock lock(db);
  const v1::PushRequest request = device.pushRequest({version}, 1);
  grpc::ClientContext context;
  v1::PushResponse response;
  std::promise<grpc::Status> pushed;
  device.startPush(&context, request, &response, [&](grpc::Status status) { pushed.set_value(status); });
  // A pull made after it on the same connection is answered (reads do not wait for the write lock) only
  // once the server has taken the push: from here the push is in the server, waiting to store.
  v1::PullRequest pull;
  *pull.mutable_client() = device.clientInfo();
  v1::PullResponse page;
  REQUIRE(device.pull(pull, &page).status.ok());

  server.terminate();
  REQUIRE(server.waitForOutput(QStringLiteral("shutting down"), kExitGuardMs));
  lock.release();
  const int exitCode = server.waitForExit(kExitGuardMs);
  CHECK(exitCode == 0);
  const grpc::Status status = pushed.get_future().get();
  INFO("push: " << status.error_code() << " " << status.error_message());
  REQUIRE(status.ok());
  REQUIRE(response.results_size() == 1);
  CHECK(response.results(0).outcome() == v1::OUTCOME_ACCEPTED);

  ServerProcess restarted(db);
  REQUIRE(restarted.start());
  RawDevice after(restarted.address());
  after.setCredential(device.enrolment().credential());
  bool stored = false;
  for (const v1::Change& change : after.pullAll())
    stored = stored || change.version().version_id() == uuidToBytes(version.versionId);
  CHECK(stored);
}
