#include "store_schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace sohoi::client {

namespace {

// Each entry moves the schema from version i to i + 1. Only ever append: a shipped step never changes.
const std::vector<QStringList>& migrations() {
  static const std::vector<QStringList> steps = {
      // 1: enrolment, org tree, records with their versions, and the outbox that doubles as mutation log.
      {QStringLiteral("CREATE TABLE account (id INTEGER PRIMARY KEY CHECK (id = 1), device_id TEXT NOT NULL, "
                      "credential TEXT NOT NULL, person_id TEXT NOT NULL, person_name TEXT NOT NULL, "
                      "unit_id TEXT NOT NULL, server_address TEXT NOT NULL, server_epoch TEXT NOT NULL)"),
       QStringLiteral("CREATE TABLE org_units (id TEXT PRIMARY KEY, parent_id TEXT, name TEXT NOT NULL, "
                      "level INTEGER NOT NULL)"),
       QStringLiteral("CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT NOT NULL, unit_id TEXT NOT NULL, "
                      "head_version_id TEXT NOT NULL, conflict INTEGER NOT NULL DEFAULT 0, "
                      "deleted INTEGER NOT NULL DEFAULT 0, pending INTEGER NOT NULL DEFAULT 0)"),
       QStringLiteral("CREATE INDEX records_by_kind ON records (kind, deleted)"),
       QStringLiteral("CREATE TABLE versions (version_id TEXT PRIMARY KEY, record_id TEXT NOT NULL, "
                      "base_version_id TEXT, kind TEXT NOT NULL, unit_id TEXT NOT NULL, "
                      "author_id TEXT, device_id TEXT, hlc INTEGER NOT NULL, "
                      "deleted INTEGER NOT NULL, fields TEXT NOT NULL, "
                      "origin TEXT NOT NULL CHECK (origin IN ('local', 'server')))"),
       QStringLiteral("CREATE INDEX versions_by_record ON versions (record_id, hlc)"),
       QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY, version_id TEXT NOT NULL UNIQUE, "
                      "record_id TEXT NOT NULL, "
                      "state TEXT NOT NULL CHECK (state IN ('pending', 'acknowledged', 'rejected')), "
                      "reason INTEGER NOT NULL DEFAULT 0, field TEXT, message_vi TEXT, message_en TEXT, "
                      "acked_at INTEGER)"),
       QStringLiteral("CREATE INDEX outbox_unacknowledged ON outbox (seq) WHERE acked_at IS NULL"),
       QStringLiteral("CREATE INDEX outbox_by_record ON outbox (record_id, seq)")},
      // 2: the pull cursor and clock figures, in a row of their own so page commits never touch the account.
      {QStringLiteral("CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), cursor BLOB, "
                      "last_sync_at INTEGER, clock_offset_ms INTEGER)"),
       QStringLiteral("INSERT INTO sync_state (id) VALUES (1)")},
      // 3: form drafts, saved as the user types so a crash or a closed app loses nothing. A draft is not a
      // record: it never enters the outbox; saving the form deletes it.
      {QStringLiteral("CREATE TABLE drafts (draft_key TEXT PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT, "
                      "fields TEXT NOT NULL, updated_at INTEGER NOT NULL)")},
      // 4: a unit merged away is closed (an ISO date) and names its successor; it stays in the tree so its
      // records keep a unit.
      {QStringLiteral("ALTER TABLE org_units ADD COLUMN closed_on TEXT"),
       QStringLiteral("ALTER TABLE org_units ADD COLUMN successor_id TEXT")},
      // 5: the reference data that comes with pulls besides the org tree: the plan file, the 2020 baselines
      // of the device's scope, and the version of all of it that the device holds (empty: none yet, so
      // the next pull brings it).
      {QStringLiteral("CREATE TABLE reference_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
                      "version TEXT NOT NULL DEFAULT '', plan_year INTEGER, plan_file_name TEXT, plan_text BLOB)"),
       QStringLiteral("INSERT INTO reference_state (id) VALUES (1)"),
       QStringLiteral("CREATE TABLE baselines (unit_id TEXT PRIMARY KEY, year INTEGER NOT NULL, "
                      "members INTEGER NOT NULL, women_18_plus INTEGER NOT NULL, fund INTEGER NOT NULL, "
                      "branch_leaders INTEGER NOT NULL, full_time_cadres INTEGER NOT NULL, "
                      "committee_members INTEGER NOT NULL)")},
      // 6: the role the server enrolled the device in, so the app offers only what it will accept; and the
      // fingerprint of the server certificate the enrolment code named (empty: trusted authorities).
      {QStringLiteral("ALTER TABLE account ADD COLUMN role TEXT NOT NULL DEFAULT ''"),
       QStringLiteral("ALTER TABLE account ADD COLUMN certificate_pin TEXT NOT NULL DEFAULT ''")},
      // 7: a person signed in with an account (the district and province workspace): the user name, when
      // the session ends, and where the workstation device's sequence stood on the server at sign-in.
      {QStringLiteral("ALTER TABLE account ADD COLUMN username TEXT NOT NULL DEFAULT ''"),
       QStringLiteral("ALTER TABLE account ADD COLUMN session_expires_at INTEGER NOT NULL DEFAULT 0"),
       QStringLiteral("ALTER TABLE account ADD COLUMN sequence_floor INTEGER NOT NULL DEFAULT 0")},
      // 8: the last progress answer per unit and reading day (empty: today), in its wire form, with when it
      // came, so the workspace's dashboard still shows figures without a network.
      {QStringLiteral("CREATE TABLE progress_answers (unit_id TEXT NOT NULL, as_of TEXT NOT NULL, "
                      "answer BLOB NOT NULL, fetched_at INTEGER NOT NULL, PRIMARY KEY (unit_id, as_of))")},
      // 9: core members in the baselines (target 9.4), and a unit's type beside its level (0 area, 1
      // equivalent unit, 2 member organisation). The next pull refreshes both: reference data is replaced whole.
      {QStringLiteral("ALTER TABLE baselines ADD COLUMN core_members INTEGER NOT NULL DEFAULT 0"),
       QStringLiteral("ALTER TABLE org_units ADD COLUMN unit_type INTEGER NOT NULL DEFAULT 0")},
      // 10: evidence photos the server holds whole (the files are in the photo folder beside the database),
      // so each is sent once; photos listed by records and not here are waiting to go up.
      {QStringLiteral("CREATE TABLE photos_sent (sha256 TEXT PRIMARY KEY, sent_at INTEGER NOT NULL)")},
  };
  return steps;
}

Status sqlError(const QSqlError& error, const QString& what) {
  return Status::error(QStringLiteral("STORE_ERROR"),
                       QStringLiteral("Lỗi cơ sở dữ liệu trên máy (%1): %2").arg(what, error.text()),
                       QStringLiteral("Device database error (%1): %2").arg(what, error.text()));
}

Status runStep(QSqlDatabase& db, int fromVersion) {
  QSqlQuery query(db);
  if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) return sqlError(query.lastError(), QStringLiteral("begin"));
  for (const QString& statement : migrations()[static_cast<size_t>(fromVersion)]) {
    if (!query.exec(statement)) {
      const Status status = sqlError(query.lastError(), QStringLiteral("migration %1").arg(fromVersion + 1));
      query.exec(QStringLiteral("ROLLBACK"));
      return status;
    }
  }
  // PRAGMA cannot take a bound value; the number comes from our own table, not from input.
  if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(fromVersion + 1)) ||
      !query.exec(QStringLiteral("COMMIT"))) {
    const Status status = sqlError(query.lastError(), QStringLiteral("migration %1").arg(fromVersion + 1));
    query.exec(QStringLiteral("ROLLBACK"));
    return status;
  }
  return Status::ok();
}

}  // namespace

int latestStoreSchemaVersion() { return static_cast<int>(migrations().size()); }

int storeSchemaVersion(QSqlDatabase& db) {
  QSqlQuery query(db);
  if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) return -1;
  return query.value(0).toInt();
}

Status migrateStore(QSqlDatabase& db, int target) {
  const int latest = latestStoreSchemaVersion();
  if (target < 0 || target > latest) target = latest;
  const int current = storeSchemaVersion(db);
  if (current < 0) return sqlError(db.lastError(), QStringLiteral("user_version"));
  if (current > latest)
    return Status::error(
        QStringLiteral("NEWER_DATABASE"),
        QStringLiteral("Dữ liệu trên máy do phiên bản ứng dụng mới hơn tạo ra (lược đồ %1, ứng dụng này biết %2). "
                       "Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.").arg(current).arg(latest),
        QStringLiteral("The data on this device was written by a newer version of the app (schema %1, this app "
                       "knows %2). Please update the app; the data was left untouched.").arg(current).arg(latest));
  for (int version = current; version < target; ++version)
    if (Status status = runStep(db, version); !status.isOk()) return status;
  return Status::ok();
}

}  // namespace sohoi::client
