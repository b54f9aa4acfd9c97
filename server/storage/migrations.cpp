#include "migrations.h"

#include "database.h"
#include "sql.h"
#include "storage_error.h"
#include "transaction.h"

#include "ids/uuid7.h"

#include <QDateTime>
#include <QStringList>
#include <vector>

namespace sohoi::server {

namespace {

// Column types PostgreSQL accepts too: ids and JSON as TEXT, counters and times (ms) as BIGINT, flags as
// INTEGER 0/1. Times are milliseconds since the Unix epoch.
const std::vector<QStringList>& steps() {
  static const std::vector<QStringList> all = {
      // 1: the sync core.
      {
          "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
          "CREATE TABLE org_units (id TEXT PRIMARY KEY, parent_id TEXT, name TEXT NOT NULL, "
          "level INTEGER NOT NULL, path TEXT NOT NULL)",
          "CREATE INDEX org_units_path ON org_units (path)",
          "CREATE TABLE accounts (person_id TEXT PRIMARY KEY, full_name TEXT NOT NULL, role TEXT NOT NULL, "
          "unit_id TEXT NOT NULL, created_at BIGINT NOT NULL)",
          "CREATE TABLE enrolment_codes (code TEXT PRIMARY KEY, person_id TEXT NOT NULL, unit_id TEXT NOT NULL, "
          "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT, device_id TEXT)",
          "CREATE TABLE devices (id TEXT PRIMARY KEY, credential_hash TEXT NOT NULL UNIQUE, "
          "person_id TEXT NOT NULL, unit_id TEXT NOT NULL, name TEXT NOT NULL, enrolled_at BIGINT NOT NULL, "
          "revoked_at BIGINT, last_seq BIGINT NOT NULL DEFAULT 0, last_seen_at BIGINT, clock_offset_ms BIGINT)",
          "CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT NOT NULL, unit_id TEXT NOT NULL, "
          "head_version_id TEXT NOT NULL, conflict INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0)",
          "CREATE TABLE versions (version_id TEXT PRIMARY KEY, record_id TEXT NOT NULL, base_version_id TEXT, "
          "kind TEXT NOT NULL, unit_id TEXT NOT NULL, author_id TEXT NOT NULL, device_id TEXT NOT NULL, "
          "hlc BIGINT NOT NULL, deleted INTEGER NOT NULL, fields TEXT NOT NULL, content_hash TEXT NOT NULL, "
          "position BIGINT NOT NULL UNIQUE, received_at BIGINT NOT NULL)",
          "CREATE INDEX versions_record ON versions (record_id)",
          // A version id resent with different content: every distinct copy is kept here, never merged
          // into versions, so nothing a user saved is lost and nobody's version is overwritten.
          "CREATE TABLE version_conflicts (version_id TEXT NOT NULL, content_hash TEXT NOT NULL, "
          "record_id TEXT NOT NULL, base_version_id TEXT, kind TEXT NOT NULL, unit_id TEXT NOT NULL, "
          "author_id TEXT NOT NULL, device_id TEXT NOT NULL, hlc BIGINT NOT NULL, deleted INTEGER NOT NULL, "
          "fields TEXT NOT NULL, received_at BIGINT NOT NULL, PRIMARY KEY (version_id, content_hash))",
          "CREATE TABLE push_results (device_id TEXT NOT NULL, seq BIGINT NOT NULL, outcome INTEGER NOT NULL, "
          "reason INTEGER NOT NULL, field TEXT NOT NULL, message_vi TEXT NOT NULL, message_en TEXT NOT NULL, "
          "PRIMARY KEY (device_id, seq))",
          // One row; positions are taken with UPDATE inside the write transaction, so they are handed out in
          // commit order and a reader never sees position n+1 before n.
          "CREATE TABLE feed_counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)",
          "INSERT INTO feed_counter (id, value) VALUES (1, 0)",
      },
      // 2: the plan. Baselines per unit and year; plan files kept as loaded (the newest per year is used);
      // where units were before a move or merge (org_units keeps the current tree).
      {
          "CREATE TABLE unit_baselines (unit_id TEXT NOT NULL, year INTEGER NOT NULL, members BIGINT NOT NULL, "
          "women_18_plus BIGINT NOT NULL, fund BIGINT NOT NULL, branch_leaders BIGINT NOT NULL, "
          "full_time_cadres BIGINT NOT NULL, committee_members BIGINT NOT NULL, PRIMARY KEY (unit_id, year))",
          "CREATE TABLE plans (id BIGINT PRIMARY KEY, year INTEGER NOT NULL, province_id TEXT NOT NULL, "
          "file_name TEXT NOT NULL, text TEXT NOT NULL, loaded_at BIGINT NOT NULL)",
          // One row per placement that ended: before valid_to (from valid_from, or always when NULL) the
          // unit's parent was parent_id; merged_into names the unit that took it over on valid_to.
          "CREATE TABLE unit_history (id BIGINT PRIMARY KEY, unit_id TEXT NOT NULL, parent_id TEXT, "
          "valid_from TEXT, valid_to TEXT NOT NULL, merged_into TEXT, recorded_at BIGINT NOT NULL)",
          "CREATE INDEX unit_history_unit ON unit_history (unit_id)",
      },
      // 3: a merged unit is closed (closed_on, an ISO date, and its successor): it stays in org_units under
      // its successor so its records stay in scope, but takes no enrolments. Units merged before this step
      // are closed from their history. Moves and merges dated after today wait in tree_changes until their
      // day (server/tree/due_tree_changes.h); one pending change per unit and day.
      {
          "ALTER TABLE org_units ADD COLUMN closed_on TEXT",
          "ALTER TABLE org_units ADD COLUMN successor_id TEXT",
          "UPDATE org_units SET "
          "closed_on = (SELECT h.valid_to FROM unit_history h WHERE h.unit_id = org_units.id "
          "AND h.merged_into IS NOT NULL), "
          "successor_id = (SELECT h.merged_into FROM unit_history h WHERE h.unit_id = org_units.id "
          "AND h.merged_into IS NOT NULL) "
          "WHERE id IN (SELECT unit_id FROM unit_history WHERE merged_into IS NOT NULL)",
          "CREATE TABLE tree_changes (id BIGINT PRIMARY KEY, kind TEXT NOT NULL, unit_id TEXT NOT NULL, "
          "target_id TEXT NOT NULL, effective_on TEXT NOT NULL, state TEXT NOT NULL, reason TEXT, "
          "scheduled_at BIGINT NOT NULL, settled_at BIGINT)",
          "CREATE INDEX tree_changes_due ON tree_changes (state, effective_on)",
          "CREATE UNIQUE INDEX tree_changes_one_a_day ON tree_changes (unit_id, effective_on) "
          "WHERE state = 'scheduled'",
      },
      // 4: versions stored with an implausible device clock (DESIGN §5 "Clocks"), for sohoi-admin
      // clock-flags. device_time_ms is the device's clock when it sent the batch (NULL if it did not say).
      {
          "CREATE TABLE clock_flags (device_id TEXT NOT NULL, seq BIGINT NOT NULL, version_id TEXT NOT NULL, "
          "device_time_ms BIGINT, flagged_at BIGINT NOT NULL, PRIMARY KEY (device_id, seq))",
          "CREATE INDEX clock_flags_time ON clock_flags (flagged_at)",
      },
      // 5: a pull of a small scope (a branch, a commune) reads its own units' versions after the cursor
      // instead of every version after it (RecordRepository::feed).
      {
          "CREATE INDEX versions_unit_position ON versions (unit_id, position)",
      },
      // 6: roles as the permission table names them (shared/auth/role.h). A full-time cadre works for the
      // level of the unit she was enrolled at.
      {
          "UPDATE accounts SET role = CASE (SELECT u.level FROM org_units u WHERE u.id = accounts.unit_id) "
          "WHEN 1 THEN 'province_staff' WHEN 2 THEN 'district_staff' ELSE 'commune_officer' END "
          "WHERE role = 'full_time_cadre'",
      },
      // 7: the unit a record left with this version, so the devices of that unit's scope hear that it is
      // gone (RecordRepository::feed); NULL when the version kept the record's unit.
      {
          "ALTER TABLE versions ADD COLUMN prior_unit_id TEXT",
          "CREATE INDEX versions_prior_unit_position ON versions (prior_unit_id, position) "
          "WHERE prior_unit_id IS NOT NULL",
      },
      // 8: people's accounts for desktop work (a user name and an Argon2id hash, never the password), the
      // failed sign-ins per user name (kept for names that do not exist too, so a lock says nothing of
      // which names do), sessions (only a SHA-256 of the token), the device row each account's
      // workstation syncs as, and the audit log of privileged acts.
      {
          "ALTER TABLE accounts ADD COLUMN username TEXT",
          "ALTER TABLE accounts ADD COLUMN password_hash TEXT",
          "ALTER TABLE accounts ADD COLUMN disabled_at BIGINT",
          "CREATE UNIQUE INDEX accounts_username ON accounts (username)",
          "CREATE TABLE sign_in_failures (username TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
          "locked_until BIGINT NOT NULL, last_failed_at BIGINT NOT NULL)",
          "CREATE TABLE sessions (id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, person_id TEXT NOT NULL, "
          "device_id TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, ended_at BIGINT)",
          "CREATE INDEX sessions_person ON sessions (person_id)",
          "CREATE TABLE workstations (person_id TEXT NOT NULL, name TEXT NOT NULL, device_id TEXT NOT NULL, "
          "PRIMARY KEY (person_id, name))",
          "CREATE TABLE audit_log (id TEXT PRIMARY KEY, at BIGINT NOT NULL, actor_person_id TEXT NOT NULL, "
          "actor_name TEXT NOT NULL, actor_device_id TEXT NOT NULL, actor_session_id TEXT NOT NULL, "
          "act TEXT NOT NULL, target TEXT NOT NULL, target_unit_id TEXT NOT NULL, detail TEXT NOT NULL, "
          "outcome TEXT NOT NULL)",
          "CREATE INDEX audit_log_at ON audit_log (at)",
          "CREATE INDEX audit_log_unit_at ON audit_log (target_unit_id, at)",
      },
      // 9: sync health. What each device said at its last complete sync (the end of a pull): when, from
      // which app version, and how many records were still waiting on it. NULL until it syncs again.
      {
          "ALTER TABLE devices ADD COLUMN last_sync_at BIGINT",
          "ALTER TABLE devices ADD COLUMN app_version TEXT",
          "ALTER TABLE devices ADD COLUMN pending_count BIGINT",
      },
      // 10: core members (hội viên nòng cốt) in the 2020 baselines, for target 9.4; 0 where not entered.
      {
          "ALTER TABLE unit_baselines ADD COLUMN core_members BIGINT NOT NULL DEFAULT 0",
      },
      // 11: a unit's type beside its level (0 area, 1 equivalent unit, 2 member organisation), so the
      // district level can hold the equivalent units and member organisations the targets name.
      {
          "ALTER TABLE org_units ADD COLUMN unit_type INTEGER NOT NULL DEFAULT 0",
      },
      // 12: photos as evidence (ảnh minh chứng), stored in the database rather than beside it: a backup or a
      // restore stays one step (one file, or one pg_dump), a photo commits or not with its parts, and both
      // backends share one code path. A photo is at most 2 MB, a province's year a few GB at most.
      // BYTEA is PostgreSQL's bytes; SQLite keeps blobs as they are under that name's numeric affinity.
      // An upload arrives in parts (resumed after a cut from the bytes held); once whole and its hash
      // checks out, it becomes one row of photos and its parts are dropped.
      {
          "CREATE TABLE photos (sha256 TEXT PRIMARY KEY, media_type TEXT NOT NULL, size BIGINT NOT NULL, "
          "data BYTEA NOT NULL, stored_at BIGINT NOT NULL)",
          "CREATE TABLE photo_parts (sha256 TEXT NOT NULL, start_offset BIGINT NOT NULL, size BIGINT NOT NULL, "
          "data BYTEA NOT NULL, received_at BIGINT NOT NULL, PRIMARY KEY (sha256, start_offset))",
      },
      // 13: the SHA-256 of the attempt id a code was used with, so that a device whose answer was lost may
      // resend the same attempt and get its device again (EnrollRequest.attempt_id). NULL for codes used
      // by older apps, or not yet used.
      {
          "ALTER TABLE enrolment_codes ADD COLUMN attempt_hash TEXT",
      },
      // 14: the push log keeps only answers other than a plain acceptance (PushLogRepository): a sequence
      // number at or below the device's last with nothing logged was accepted. The plain acceptances older
      // servers logged go, and a server from before this step, which would read a missing row otherwise,
      // refuses the database.
      {
          "DELETE FROM push_results WHERE outcome = 1 AND reason = 0",
      },
  };
  return all;
}

void ensureMigrationTable(Transaction& tx) {
  sql::run(tx.connection(),
           QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations "
                          "(version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
}

int readVersion(Transaction& tx) {
  QSqlQuery query = sql::run(tx.connection(), QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
  return query.next() ? query.value(0).toInt() : 0;
}

QString newerError(int found) {
  return QStringLiteral("Cơ sở dữ liệu mới hơn phần mềm (phiên bản %1 > %2): hãy cập nhật sohoi-server / "
                        "The database is newer than this program (schema %1 > %2): update sohoi-server")
      .arg(found)
      .arg(latestSchemaVersion());
}

}  // namespace

int latestSchemaVersion() { return static_cast<int>(steps().size()); }

int currentSchemaVersion(Database& database) {
  Transaction tx(database, Transaction::Mode::Write);
  ensureMigrationTable(tx);
  const int version = readVersion(tx);
  tx.commit();
  return version;
}

void migrateToLatest(Database& database) {
  for (;;) {
    Transaction tx(database, Transaction::Mode::Write);
    ensureMigrationTable(tx);
    const int version = readVersion(tx);  // read under the write lock: two processes never both migrate
    if (version > latestSchemaVersion()) throw StorageError(newerError(version));
    if (version == latestSchemaVersion()) {
      tx.commit();
      return;
    }
    for (const QString& statement : steps()[static_cast<size_t>(version)]) sql::run(tx.connection(), statement);
    if (version == 0)  // the epoch is born with the database; a restore gets a new one (rotate-epoch)
      sql::run(tx.connection(), QStringLiteral("INSERT INTO meta (key, value) VALUES ('epoch', ?)"),
               {newUuid7()});
    sql::run(tx.connection(), QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
             {version + 1, QDateTime::currentMSecsSinceEpoch()});
    tx.commit();
  }
}

}  // namespace sohoi::server
