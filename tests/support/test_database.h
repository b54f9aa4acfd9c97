#pragma once
// The backend the storage, server and integration tests run on: SQLite by default, PostgreSQL when the
// environment says SOHOI_TEST_DB=postgres (a server of the test process's own) or names the state file of
// the server sohoi-test-postgres started for the CTest run in SOHOI_TEST_POSTGRES (CTest registers each
// suite a second time that way, "pg: ...").
#include <QString>

namespace sohoi::testing {

/// True when SOHOI_TEST_DB=postgres or SOHOI_TEST_POSTGRES is set.
bool testsOnPostgres();
/// A new, empty database for one test, as a --db spec: "sqlite:" + sqlitePath, or on PostgreSQL a fresh
/// database on this process's test server (PostgresInstance::shared()). Throws when PostgreSQL cannot start.
QString freshDatabaseSpec(const QString& sqlitePath);

}  // namespace sohoi::testing
