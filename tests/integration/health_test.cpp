// The health service a load balancer asks (grpc.health.v1) follows the database the server works on.
#include "postgres_instance.h"
#include "support/health_probe.h"
#include "support/raw_device.h"
#include "support/server_process.h"
#include "test_database.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {
constexpr int kGuardMs = 30000;  // a failure guard only: the server checks every two seconds
}  // namespace

TEST_CASE("a server whose database answers reports SERVING") {
  QTemporaryDir dir;
  ServerProcess server(demoDatabase(dir.path()));
  REQUIRE(server.start());
  CHECK(healthStatus(server.address()) == QStringLiteral("SERVING"));
}

TEST_CASE(
    "health turns NOT_SERVING while PostgreSQL is down and SERVING once it is back, and pushes resume") {
  // Stopping the PostgreSQL the other tests share would fail them: this test stops one of its own. It belongs
  // to the suite's "pg: " run; on SQLite there is no database server to lose.
  if (!testsOnPostgres()) return;
  PostgresInstance postgres;
  const QString db = postgres.createDatabase();
  REQUIRE(runAdmin({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--small")}) == 0);
  ServerProcess server(db);
  REQUIRE(server.start());
  RawDevice device(server.address());
  REQUIRE(device.enroll(issueCode(db, QStringLiteral("05449-1"))).status.ok());
  REQUIRE(healthStatus(server.address()) == QStringLiteral("SERVING"));

  postgres.halt();
  CHECK(waitForHealth(server.address(), QStringLiteral("NOT_SERVING"), kGuardMs) ==
        QStringLiteral("NOT_SERVING"));

  postgres.start();
  CHECK(waitForHealth(server.address(), QStringLiteral("SERVING"), kGuardMs) == QStringLiteral("SERVING"));
  v1::PushResponse response;
  const CallResult pushed =
      device.push(device.pushRequest({device.newActivity(QStringLiteral("05449-1"))}, 1), &response);
  INFO(pushed.status.error_message());
  CHECK(pushed.status.ok());
  CHECK(response.results_size() == 1);
}
