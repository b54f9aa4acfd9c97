// Stopping the server (SIGTERM, as systemd does) while devices hold connections open.
#include "ids/uuid7.h"
#include "support/raw_device.h"
#include "support/server_process.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");
constexpr int kExitGuardMs = 20000;  // a failure guard only; the test asserts what happens, not how fast

// Holds SQLite's write lock on the server's database from this process, so a push stays inside the server.
class WriteLock {
 public:
  explicit WriteLock(const QString& path) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
    db.setDatabaseName(path);
    REQUIRE(db.open());
    REQUIRE(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
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

  WriteLock lock(dir.filePath(QStringLiteral("server.db")));
  std::atomic<bool> started{false};
  CallResult pushed;
  v1::PushResponse response;
  std::thread push([&] {
    started = true;
    pushed = device.push(device.pushRequest({version}, 1), &response);
  });
  while (!started) std::this_thread::yield();
  // A pull on the same connection is answered (reads do not wait for the write lock) only after the
  // server has read the push sent before it: from here the push is in the server, waiting to store.
  v1::PullRequest pull;
  *pull.mutable_client() = device.clientInfo();
  v1::PullResponse page;
  REQUIRE(device.pull(pull, &page).status.ok());

  server.terminate();
  REQUIRE(server.waitForOutput(QStringLiteral("shutting down"), kExitGuardMs));
  lock.release();
  const int exitCode = server.waitForExit(kExitGuardMs);
  push.join();
  CHECK(exitCode == 0);
  REQUIRE(pushed.status.ok());
  REQUIRE(response.results_size() == 1);
  CHECK(response.results(0).outcome() == v1::OUTCOME_ACCEPTED);

  ServerProcess restarted(db);
  REQUIRE(restarted.start());
  RawDevice after(restarted.address());
  after.setCredential(device.enrolment().credential());
  bool stored = false;
  for (const v1::Change& change : after.pullAll())
    stored = stored || change.version().version_id() == uuidToBytes(version.versionId).toStdString();
  CHECK(stored);
}
