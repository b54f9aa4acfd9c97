#pragma once
// The device database's schema, as numbered migrations on PRAGMA user_version (Kasts' approach): each step
// runs in its own BEGIN IMMEDIATE … COMMIT, so a crash leaves the database at a whole step.
#include "common/status.h"

#include <QSqlDatabase>

namespace sohoi::client {

/// The schema version this build writes.
int latestStoreSchemaVersion();

/// The database's PRAGMA user_version, or -1 if it cannot be read.
int storeSchemaVersion(QSqlDatabase& db);

/// Runs the migrations after the current version, one transaction each, up to target (default: latest).
/// Refuses (code NEWER_DATABASE) a database whose version is newer than this build.
/// REQUIRES: db is open and used from the calling thread only.
Status migrateStore(QSqlDatabase& db, int target = -1);

}  // namespace sohoi::client
