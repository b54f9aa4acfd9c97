#pragma once
// The backend the storage, server and integration tests run on: SQLite by default, PostgreSQL when the
// environment says SOHOI_TEST_DB=postgres (CTest registers each suite a second time that way, "pg:").
#include <QString>

namespace sohoi::testing {

/// True when SOHOI_TEST_DB=postgres.
bool testsOnPostgres();
/// A new, empty database for one test, as a --db spec: "sqlite:" + sqlitePath, or on PostgreSQL a fresh
/// database on this process's test server (PostgresInstance::shared()). Throws when PostgreSQL cannot start.
QString freshDatabaseSpec(const QString& sqlitePath);

}  // namespace sohoi::testing
