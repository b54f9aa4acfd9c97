#pragma once
// The backend the storage, server and integration tests run on: SQLite by default, PostgreSQL when the
// environment says SOHOI_TEST_DB=postgres (a server of the test process's own) or names the state file of
// the server sohoi-test-postgres started for the CTest run in SOHOI_TEST_POSTGRES (CTest registers each
// suite a second time that way, "pg: ...").
#include <QSqlDatabase>
#include <QString>

namespace sohoi::testing {

/// True when SOHOI_TEST_DB=postgres or SOHOI_TEST_POSTGRES is set.
bool testsOnPostgres();
/// A new, empty database for one test, as a --db spec: "sqlite:" + sqlitePath, or on PostgreSQL a fresh
/// database on this process's test server (PostgresInstance::shared()). Throws when PostgreSQL cannot start.
QString freshDatabaseSpec(const QString& sqlitePath);
/// Another database beside spec's: SQLite's file NAME.db in the same folder, or database SPECNAME_NAME on
/// the same PostgreSQL server. Nothing is created.
QString siblingDatabaseSpec(const QString& spec, const QString& name);
/// spec's PostgreSQL database reached through the test server's socket instead of TCP (host=its folder).
QString throughSocket(const QString& spec);
/// Replaces to's database with a copy of from's (a backup, or a restore). REQUIRES: no connection to
/// either (the server stopped). Throws on failure.
void copyDatabase(const QString& fromSpec, const QString& toSpec);
/// Opens a connection called connectionName from the test process itself to spec's database (for a test
/// that holds a lock in it); throws on failure. Close it with QSqlDatabase::removeDatabase.
QSqlDatabase connectTo(const QString& spec, const QString& connectionName);

}  // namespace sohoi::testing
