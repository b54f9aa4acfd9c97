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
const QString kServing = QStringLiteral("SERVING");
const QString kNotServing = QStringLiteral("NOT_SERVING");

}  // namespace

TEST_CASE("a server whose database answers reports SERVING") {
  QTemporaryDir dir;
  ServerProcess server(demoDatabase(dir.path()));
  REQUIRE(server.start());
  CHECK(healthStatus(server.address()) == kServing);
}

TEST_CASE("health turns NOT_SERVING while PostgreSQL is down, SERVING once it is back, and pushes resume") {
  // Stopping the PostgreSQL the other tests share would fail them: this test stops one of its own. It belongs
  // to the suite's "pg: " run; on SQLite there is no database server to lose.
  if (!testsOnPostgres()) return;
  PostgresInstance postgres;
  const QString db = postgres.createDatabase();
  REQUIRE(runAdmin({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--small")}) == 0);
  // One worker, so that the connection the outage breaks is the one every later call must use.
  ServerProcess server(db, 0, {QStringLiteral("--workers"), QStringLiteral("1")});
  REQUIRE(server.start());
  RawDevice device(server.address());
  REQUIRE(device.enroll(issueCode(db, QStringLiteral("05449-1"))).status.ok());
  REQUIRE(device.pushOneActivity(1).ok());  // the server's connections are open when the database goes away
  REQUIRE(healthStatus(server.address()) == kServing);

  postgres.halt();
  CHECK(waitForHealth(server.address(), kNotServing, kGuardMs) == kNotServing);

  postgres.start();
  CHECK(waitForHealth(server.address(), kServing, kGuardMs) == kServing);
  // A device retries UNAVAILABLE as this loop does; what matters is that the server replaces the
  // connections the database dropped instead of failing on them for ever.
  grpc::Status pushed = device.pushOneActivity(2);
  for (int retry = 0; retry < 3 && pushed.error_code() == grpc::StatusCode::UNAVAILABLE; ++retry)
    pushed = device.pushOneActivity(2);
  INFO(pushed.error_message());
  CHECK(pushed.ok());
}
