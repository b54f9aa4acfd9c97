#include "local_store.h"

#include "ids/uuid7.h"
#include "sql_support.h"
#include "store_schema.h"
#include "validation/record_validator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace sohoi::client {

namespace {

std::atomic<int> connectionCounter{0};

// Qt binds a null QString as SQL NULL; the account's columns are NOT NULL, so store "" instead.
QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value; }

}  // namespace

std::unique_ptr<LocalStore> LocalStore::open(const QString& path, Status* status, Durability durability) {
  const QString name = QStringLiteral("sohoi-store-%1").arg(connectionCounter.fetch_add(1));
  std::unique_ptr<LocalStore> store(new LocalStore(path, name));
  Status result = store->initialise(durability);
  if (status) *status = result;
  if (!result.isOk()) return nullptr;
  return store;
}

LocalStore::LocalStore(QString path, QString connectionName)
    : path_(std::move(path)), connectionName_(std::move(connectionName)) {}

LocalStore::~LocalStore() {
  statements_.clear();  // SQLite closes no connection with statements still prepared
  if (db_.isValid()) db_.close();
  db_ = QSqlDatabase();  // the connection must have no users left before it is removed
  QSqlDatabase::removeDatabase(connectionName_);
}

Status LocalStore::initialise(Durability durability) {
  db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
  db_.setDatabaseName(path_);
  // Another connection (the sync thread, the UI thread) may hold the write lock for a moment.
  db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
  if (!db_.open()) return sql::error(db_.lastError(), QStringLiteral("open %1").arg(path_));
  QSqlQuery query(db_);
  if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
    return sql::error(query.lastError(), QStringLiteral("journal_mode"));
  const QString synchronous = durability == Durability::Full ? QStringLiteral("PRAGMA synchronous = FULL")
                                                             : QStringLiteral("PRAGMA synchronous = NORMAL");
  if (!query.exec(synchronous)) return sql::error(query.lastError(), QStringLiteral("synchronous"));
  if (Status status = migrateStore(db_); !status.isOk()) return status;
  account_ = account();
  if (Status status = loadOrgTree(); !status.isOk()) return status;
  // The clock must never issue a stamp below one already stored, even after a restart with a wrong clock.
  if (query.exec(QStringLiteral("SELECT MAX(hlc) FROM versions")) && query.next())
    clock_.observe(static_cast<HlcStamp>(query.value(0).toLongLong()));
  return Status::ok();
}

bool LocalStore::hitFailpoint(const char* point) const {
  return !failpoint_.isEmpty() && failpoint_ == QLatin1String(point);
}

Account LocalStore::account() const {
  sql::CachedQuery query(statements_);
  Account account;
  if (sql::run(query, QStringLiteral("SELECT device_id, credential, person_id, person_name, unit_id, "
                                     "server_address, server_epoch, role, certificate_pin, username, session_expires_at, "
                                     "sequence_floor FROM account WHERE id = 1")) &&
      query.next()) {
    account.deviceId = query.value(0).toString();
    account.credential = query.value(1).toString();
    account.personId = query.value(2).toString();
    account.personName = query.value(3).toString();
    account.unitId = query.value(4).toString();
    account.serverAddress = query.value(5).toString();
    account.serverEpoch = query.value(6).toString();
    account.role = query.value(7).toString();
    account.certificatePin = query.value(8).toString();
    account.username = query.value(9).toString();
    account.sessionExpiresAtMs = query.value(10).toLongLong();
    account.sequenceFloor = static_cast<quint64>(query.value(11).toLongLong());
  }
  return account;
}

Status LocalStore::saveAccount(const Account& account) {
  sql::CachedQuery query(statements_);
  if (!sql::run(query,
                QStringLiteral("INSERT OR REPLACE INTO account (id, device_id, credential, person_id, person_name, "
                               "unit_id, server_address, server_epoch, role, certificate_pin, username, session_expires_at, "
                               "sequence_floor) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {text(account.deviceId), text(account.credential), text(account.personId), text(account.personName),
                 text(account.unitId), text(account.serverAddress), text(account.serverEpoch), text(account.role),
                 text(account.certificatePin), text(account.username), account.sessionExpiresAtMs,
                 static_cast<qint64>(account.sequenceFloor)}))
    return sql::error(query.lastError(), QStringLiteral("save account"));
  account_ = account;
  return Status::ok();
}

Status LocalStore::setServerEpoch(const QString& epoch) {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("UPDATE account SET server_epoch = ? WHERE id = 1"), {text(epoch)}))
    return sql::error(query.lastError(), QStringLiteral("server epoch"));
  account_.serverEpoch = epoch;
  return Status::ok();
}

Status LocalStore::loadOrgTree() {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT id, parent_id, name, level, closed_on, successor_id, unit_type FROM org_units")))
    return sql::error(query.lastError(), QStringLiteral("org units"));
  OrgTree tree;
  while (query.next())
    tree.add({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
              static_cast<UnitLevel>(query.value(3).toInt()),
              QDate::fromString(query.value(4).toString(), Qt::ISODate), query.value(5).toString(),
              static_cast<UnitType>(query.value(6).toInt())});
  tree_ = tree;
  return Status::ok();
}

Status LocalStore::replaceOrgUnits(const std::vector<OrgUnit>& units) {
  sql::Transaction transaction(db_);
  if (!transaction.status().isOk()) return transaction.status();
  if (Status status = writeOrgUnits(units); !status.isOk()) return status;
  if (Status status = transaction.commit(); !status.isOk()) return status;
  return loadOrgTree();
}

Status LocalStore::writeOrgUnits(const std::vector<OrgUnit>& units) {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("DELETE FROM org_units")) ||
      !query.prepare(QStringLiteral("INSERT INTO org_units (id, parent_id, name, level, closed_on, successor_id, unit_type) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)")))
    return sql::error(query.lastError(), QStringLiteral("org units"));
  for (const OrgUnit& unit : units)
    if (!sql::rerun(query, {unit.id, unit.parentId, unit.name, static_cast<int>(unit.level),
                            unit.closed() ? QVariant(unit.closedOn.toString(Qt::ISODate)) : QVariant(),
                            unit.successorId, static_cast<int>(unit.type)}))
      return sql::error(query.lastError(), QStringLiteral("org units"));
  return Status::ok();
}

QString LocalStore::baseFor(const QString& recordId, const QString& startedFrom) const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT head_version_id FROM records WHERE id = ?"), {recordId}) ||
      !query.next())
    return {};
  QString base = query.value(0).toString();
  if (!startedFrom.isEmpty() && sql::run(query, QStringLiteral("SELECT 1 FROM versions WHERE version_id = ? AND record_id = ?"),
                                         {startedFrom, recordId}) &&
      query.next())
    base = startedFrom;
  // A refused version never reached the server, so an edit must start from what it was based on.
  for (int hops = 0; hops < 1000 && !base.isEmpty(); ++hops) {
    if (!sql::run(query,
                  QStringLiteral("SELECT v.base_version_id FROM outbox o JOIN versions v ON v.version_id = o.version_id "
                                 "WHERE o.version_id = ? AND o.state = 'rejected'"),
                  {base}) ||
        !query.next())
      break;
    base = query.value(0).toString();
  }
  return base;
}

Status LocalStore::saveLocalVersion(const RecordVersion& draft, RecordVersion* saved, const SaveContext& context) {
  RecordVersion version = draft;
  if (version.recordId.isEmpty()) version.recordId = newUuid7();
  if (version.versionId.isEmpty()) version.versionId = newUuid7();
  if (version.authorId.isEmpty()) version.authorId = account_.personId;
  if (version.deviceId.isEmpty()) version.deviceId = account_.deviceId;
  if (version.unitId.isEmpty()) version.unitId = account_.unitId;

  sql::Transaction transaction(db_);
  if (!transaction.status().isOk()) return transaction.status();
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT kind FROM records WHERE id = ?"), {version.recordId}))
    return sql::error(query.lastError(), QStringLiteral("save version"));
  if (query.next() && query.value(0).toString() != recordKindName(version.kind))
    return Status::fromRejection(rejectionFor(ReasonCode::KindMismatch));
  version.baseVersionId = baseFor(version.recordId, context.startedFrom);
  version.hlc = clock_.now();

  ValidationContext rules = ValidationContext::standard(&tree_);
  rules.scopeUnitId = account_.unitId;
  if (auto rejection = validateRecordVersion(version, rules)) return Status::fromRejection(*rejection);

  if (!sql::run(query, QString::fromLatin1(sql::kInsertVersion), sql::versionValues(version, QStringLiteral("local"))))
    return sql::error(query.lastError(), QStringLiteral("save version"));
  if (query.numRowsAffected() != 1) return Status::fromRejection(rejectionFor(ReasonCode::IdReused));
  // An edit from the server's head (none of this device's edits still waiting) clears the conflict flag,
  // as the server will when it arrives: its author saw the current version and chose.
  if (!sql::run(query,
                QStringLiteral("INSERT INTO records (id, kind, unit_id, head_version_id, deleted, pending) "
                               "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET "
                               "head_version_id = excluded.head_version_id, unit_id = excluded.unit_id, "
                               "deleted = excluded.deleted, pending = pending + 1, "
                               "conflict = CASE WHEN records.pending = 0 AND records.head_version_id = ? "
                               "THEN 0 ELSE records.conflict END"),
                {version.recordId, recordKindName(version.kind), version.unitId, version.versionId,
                 version.deleted ? 1 : 0, version.baseVersionId}))
    return sql::error(query.lastError(), QStringLiteral("save record"));
  if (!sql::run(query,
                QStringLiteral("INSERT INTO outbox (seq, version_id, record_id, state) "
                               "SELECT MAX(COALESCE(MAX(seq), 0), (SELECT sequence_floor FROM account WHERE id = 1)) + 1, "
                               "?, ?, 'pending' FROM outbox"),
                {version.versionId, version.recordId}))
    return sql::error(query.lastError(), QStringLiteral("outbox"));
  if (!context.draftKey.isEmpty() &&
      !sql::run(query, QStringLiteral("DELETE FROM drafts WHERE draft_key = ?"), {context.draftKey}))
    return sql::error(query.lastError(), QStringLiteral("delete draft"));
  if (hitFailpoint("save_version")) return Status::error(QStringLiteral("FAILPOINT"), QStringLiteral("lỗi thử"), QStringLiteral("test failure"));
  if (Status status = transaction.commit(); !status.isOk()) return status;
  if (saved) *saved = version;
  return Status::ok();
}

Status LocalStore::createRecord(RecordKind kind, const QString& unitId, const QVariantMap& fields,
                                RecordVersion* saved, const SaveContext& context) {
  RecordVersion draft;
  draft.kind = kind;
  draft.unitId = unitId;
  draft.fields = fields;
  return saveLocalVersion(draft, saved, context);
}

Status LocalStore::saveNextVersion(const QString& recordId, bool deleted, const QVariantMap* fields,
                                   RecordVersion* saved, const SaveContext& context) {
  const std::optional<StoredRecord> current = record(recordId);
  if (!current)
    return Status::error(QStringLiteral("NOT_FOUND"), QStringLiteral("Không tìm thấy hồ sơ"),
                         QStringLiteral("The record was not found"));
  // The next version keeps the record's identity, kind and unit; who made it and when are this save's.
  RecordVersion draft = current->head;
  draft.versionId.clear();
  draft.authorId.clear();
  draft.deviceId.clear();
  draft.deleted = deleted;
  if (fields) draft.fields = *fields;
  return saveLocalVersion(draft, saved, context);
}

Status LocalStore::editRecord(const QString& recordId, const QVariantMap& fields, RecordVersion* saved,
                              const SaveContext& context) {
  return saveNextVersion(recordId, false, &fields, saved, context);
}

Status LocalStore::deleteRecord(const QString& recordId, RecordVersion* saved) {
  return saveNextVersion(recordId, true, nullptr, saved, {});
}

}  // namespace sohoi::client
