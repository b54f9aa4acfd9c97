#pragma once
// The server schema as numbered steps. Each step runs in its own write transaction and records itself in
// schema_migrations; a database with a step this code does not know is refused rather than guessed at.
namespace sohoi::server {

class Database;

/// The newest schema version this code knows.
int latestSchemaVersion();
/// The version the database is at (0 for an empty one). Throws StorageError.
int currentSchemaVersion(Database& database);
/// Applies every missing step. Throws StorageError, also for a database newer than this code.
void migrateToLatest(Database& database);

}  // namespace sohoi::server
