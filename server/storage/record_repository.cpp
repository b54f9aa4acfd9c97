#include "record_repository.h"

#include "database.h"
#include "multi_row_insert.h"
#include "org_unit_repository.h"
#include "push_log_repository.h"
#include "sql.h"
#include "storage_error.h"
#include "transaction.h"

#include "wire/field_json.h"

#include <algorithm>

namespace sohoi::server {

namespace {

const QString kVersionColumns = QStringLiteral(
    "v.version_id, v.record_id, COALESCE(v.base_version_id, ''), v.kind, v.unit_id, v.author_id, v.device_id, "
    "v.hlc, v.deleted, v.fields, v.content_hash, v.position");

RecordKind kindFrom(const QVariant& value) {
  std::optional<RecordKind> kind = recordKindFromName(value.toString());
  if (!kind) throw StorageError(QStringLiteral("Unknown record kind in storage: %1").arg(value.toString()));
  return *kind;
}

// A stored JSON column as the UTF-8 its parser reads.
QByteArray jsonOf(const QSqlQuery& query, int column) { return query.value(column).toString().toUtf8(); }
QByteArray jsonOf(const ReadRows& rows, int column) { return rows.utf8(column); }

// Reads kVersionColumns starting at column 0, from a QSqlQuery or ReadRows.
template <typename Row>
StoredVersion versionFrom(const Row& query) {
  StoredVersion stored;
  RecordVersion& v = stored.version;
  v.versionId = query.value(0).toString();
  v.recordId = query.value(1).toString();
  v.baseVersionId = query.value(2).toString();
  v.kind = kindFrom(query.value(3));
  v.unitId = query.value(4).toString();
  v.authorId = query.value(5).toString();
  v.deviceId = query.value(6).toString();
  v.hlc = static_cast<HlcStamp>(query.value(7).toLongLong());
  v.deleted = query.value(8).toInt() != 0;
  v.fields = fieldsFromJson(v.kind, jsonOf(query, 9));
  stored.contentHash = query.value(10).toString();
  stored.position = query.value(11).toULongLong();
  return stored;
}

// Ids per lookup (lookUpEach): at most a full push's worth (500), since on PostgreSQL each query is a round
// trip. A short chunk is padded (with NULLs: addLookedUp) up to the next power of two from 8, so a table has
// a handful of prepared statements rather than one per count; padding every chunk to 500 made PostgreSQL
// sort 500 keys by collation for a day's 20 ids, 4 ms of the push writer's time for each push.
constexpr qsizetype kMaxIdsPerQuery = 500;

qsizetype placesFor(qsizetype ids) {
  qsizetype places = 8;
  while (places < ids && places < kMaxIdsPerQuery) places *= 2;
  return std::min(places, kMaxIdsPerQuery);
}

// "?, ?, …": count parameters, each written as mark ("(?)": a row of VALUES each).
QString placeholders(qsizetype count, QLatin1String mark = QLatin1String("?")) {
  QStringList marks;
  for (qsizetype i = 0; i < count; ++i) marks.append(mark);
  return marks.join(QStringLiteral(", "));
}

// Each of places ids (parameters), with its row's valueColumn in table, or NULL where table has none; first
// the leading columns given, if any. Asked as `WHERE column IN (…)`, PostgreSQL planned each run for its
// values and, for a full push's 500 ids in a table of some 80,000 records, chose to scan the whole table
// (7-9 ms a push, growing with the table) over 500 index probes (about 1 ms). A lookup in the select list
// is one index probe an id whatever the planner reckons.
QString lookUpEach(const QString& leading, const QString& table, const QString& column,
                   const QString& valueColumn, qsizetype places) {
  return QStringLiteral(
             "SELECT %1ask.column1, (SELECT t.%4 FROM %2 t WHERE t.%3 = ask.column1) FROM (VALUES %5) ask")
      .arg(leading, table, column, valueColumn, placeholders(places, QLatin1String("(?)")));
}

// ids[from], … ids[from + count - 1] added to values for lookUpEach, then NULLs up to places: nothing equals
// NULL, so a padding row costs no index probe (repeating the last id probed again for it, a dozen times a
// day's push in each table).
void addLookedUp(std::vector<QVariant>* values, const QStringList& ids, qsizetype from, qsizetype count,
                 qsizetype places) {
  for (qsizetype i = 0; i < count; ++i) values->emplace_back(ids.at(from + i));
  for (qsizetype i = count; i < places; ++i) values->emplace_back(QVariant(QMetaType::fromType<QString>()));
}

// ids[from], … ids[from + count - 1] added to values, padded to places by repeating the last (a scope's
// units: NOT IN a list with a NULL is never true).
void addPadded(std::vector<QVariant>* values, const QStringList& ids, qsizetype from, qsizetype count,
               qsizetype places) {
  for (qsizetype i = 0; i < places; ++i) values->emplace_back(ids.at(from + std::min(i, count - 1)));
}

// How many parameters name a small scope's units: a unit alone (a branch's scope, nearly every tablet's)
// takes one; more are padded as placesFor says by repeating the last, so that a few statement texts serve
// every scope.
qsizetype scopePlaces(qsizetype units) { return units == 1 ? 1 : placesFor(units); }

// A statement with the values it is run with.
struct FeedStatement {
  QString sql;
  std::vector<QVariant> values;
};

// A small scope's page of the feed after `after`: its units' versions, and those that took a record out of
// them (left_scope 1), in feed order, at most limit of them. The units' versions at positions in notRead are
// skipped by their index entries, before their rows are read (a pull answered with a push: the tablet's own
// new versions, which it holds; reading them was most of that pull's cost). Each part reads one index and no
// other unit's rows, so a plan made without the values (PostgreSQL's generic plan) is as good as one made for
// them. The cursor's position comes in through a subquery, out of the planner's sight: seeing it, PostgreSQL
// reckoned a recent cursor's few rows cheaper than the plan made for any position, never kept that plan, and
// planned every daily pull anew (0.7 ms, more than running it).
//
// The two databases need the page asked differently to stop at it:
// - SQLite merges the two parts' index reads in position order and stops at the limit, joining each row to
//   its record as it goes. A part with a LIMIT of its own is a subquery whose order SQLite does not know:
//   it sorted every part, and the daily pull cost twice as much.
// - PostgreSQL's plan for the whole sorted every row after the cursor to keep a page (a tablet pushing a
//   backlog of 20,000 read all of them for each page), and once one branch held a large share of the
//   versions it joined them to a scan of the whole records table (33 ms a page). There each part stops at
//   a page, and the page's rows look up their record in the select list: one index probe a row, whatever
//   the planner reckons.
FeedStatement feedOfUnits(DatabaseBackend backend, qint64 after, const QStringList& units, int limit,
                          FeedRange notRead) {
  const qsizetype places = scopePlaces(units.size());
  // A single unit is matched with `=`: each part then reads its index in position order. With IN, SQLite
  // cannot know the list names one unit, and sorted every row, all its columns, in a temporary B-tree per
  // part: most of a branch's pull after its daily push, and all of a long backlog's rows to return the
  // first page.
  const QString in =
      places == 1 ? QStringLiteral("= ?") : QStringLiteral("IN (%1)").arg(placeholders(places));
  const QString notIn = places == 1 ? QStringLiteral("<> ?") : QStringLiteral("NOT ") + in;
  FeedStatement statement;
  std::vector<QVariant>& values = statement.values;
  values.reserve(static_cast<size_t>(3 * places + 7));
  const auto addUnits = [&] { addPadded(&values, units, 0, units.size(), places); };
  const bool postgres = backend == DatabaseBackend::Postgres;
  values.emplace_back(after);
  addUnits();
  values.emplace_back(static_cast<qint64>(notRead.first));
  values.emplace_back(static_cast<qint64>(notRead.last));
  if (postgres) values.emplace_back(limit);
  values.emplace_back(after);
  addUnits();
  addUnits();
  if (postgres) values.emplace_back(limit);
  values.emplace_back(limit);
  if (postgres) {
    statement.sql =
        QStringLiteral(
            "SELECT %1, (SELECT r.head_version_id FROM records r WHERE r.id = v.record_id), "
            "(SELECT r.conflict FROM records r WHERE r.id = v.record_id), v.left_scope FROM ("
            "SELECT * FROM (SELECT v.*, 0 AS left_scope FROM versions v "
            "WHERE v.position > (SELECT CAST(? AS BIGINT)) AND v.unit_id %2 "
            "AND v.position NOT BETWEEN ? AND ? ORDER BY v.position LIMIT ?) own "
            "UNION ALL SELECT * FROM (SELECT v.*, 1 FROM versions v "
            "WHERE v.position > (SELECT CAST(? AS BIGINT)) AND v.prior_unit_id %2 AND v.unit_id %3 "
            "ORDER BY v.position LIMIT ?) gone) v "
            "ORDER BY v.position LIMIT ?")
            .arg(kVersionColumns, in, notIn);
  } else {
    statement.sql = QStringLiteral(
                        "SELECT %1, r.head_version_id, r.conflict, 0 AS left_scope FROM versions v "
                        "JOIN records r ON r.id = v.record_id "
                        "WHERE v.position > (SELECT CAST(? AS BIGINT)) AND v.unit_id %2 "
                        "AND v.position NOT BETWEEN ? AND ? "
                        "UNION ALL SELECT %1, r.head_version_id, r.conflict, 1 FROM versions v "
                        "JOIN records r ON r.id = v.record_id WHERE v.position > (SELECT CAST(? AS BIGINT)) "
                        "AND v.prior_unit_id %2 AND v.unit_id %3 ORDER BY position LIMIT ?")
                        .arg(kVersionColumns, in, notIn);
  }
  return statement;
}

constexpr qsizetype kSmallScopeUnits = 64;  // a commune has a few dozen branches at most

// The version at a cursor's position (bound), and the feed's last: RecordRepository::feedEnds.
const QString kFeedEndsSql = QStringLiteral(
    "SELECT position, version_id FROM versions WHERE position = ? UNION ALL "
    "SELECT position, version_id FROM (SELECT position, version_id FROM versions "
    "ORDER BY position DESC LIMIT 1) last_change");

// Takes in a row of kFeedEndsSql: at most two, in either order; one when the cursor is at the last.
void addFeedEnd(FeedEnds* ends, quint64 cursorPosition, quint64 position, const QString& versionId) {
  if (position == cursorPosition) ends->versionAtCursor = versionId;
  if (position >= ends->lastPosition) {
    ends->lastPosition = position;
    ends->lastVersionId = versionId;
  }
}

// A row of a feed query (kVersionColumns, head, conflict, left_scope) as its entry; a version of
// omitCurrentOf's that is still its record's current one as a heldByReader entry (RecordRepository::feed).
template <typename Row>
FeedEntry feedEntryFrom(const Row& query, const QString& omitCurrentOf) {
  const bool leftScope = query.value(14).toInt() != 0;
  const QString head = query.value(12).toString();
  const auto conflict = static_cast<ConflictState>(query.value(13).toInt());
  // Left out here, not in the query: with the condition in SQL, PostgreSQL planned the statement anew for
  // every pull (0.3 ms each), since its plan for any values no longer looked as cheap as one for these.
  if (!omitCurrentOf.isEmpty() && !leftScope && conflict == ConflictState::None &&
      query.value(6).toString() == omitCurrentOf && head == query.value(0).toString()) {
    FeedEntry held;
    held.version.versionId = head;
    held.position = query.value(11).toULongLong();
    held.heldByReader = true;
    return held;
  }
  StoredVersion stored = versionFrom(query);
  return FeedEntry{std::move(stored.version), stored.position, head, conflict, leftScope};
}

// Which of ids are in table's column, each with its row's valueColumn.
QHash<QString, QString> storedIdsIn(Transaction& tx, const QString& table, const QString& column,
                                    const QString& valueColumn, const QStringList& ids) {
  QHash<QString, QString> stored;
  for (qsizetype start = 0; start < ids.size(); start += kMaxIdsPerQuery) {
    const qsizetype chunk = std::min(kMaxIdsPerQuery, ids.size() - start);
    const qsizetype places = placesFor(chunk);
    std::vector<QVariant> values;
    addLookedUp(&values, ids, start, chunk, places);
    ReadRows query = tx.read(lookUpEach(QString(), table, column, valueColumn, places), values);
    while (query.next())
      if (!query.value(1).isNull()) stored.insert(query.value(0).toString(), query.value(1).toString());
  }
  return stored;
}

int countOf(const QSqlDatabase& db, const QString& table) {
  QSqlQuery query = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
  return query.next() ? query.value(0).toInt() : 0;
}

}  // namespace

std::optional<StoredVersion> RecordRepository::findVersion(const QString& versionId) {
  static const QString statement =
      QStringLiteral("SELECT %1 FROM versions v WHERE v.version_id = ?").arg(kVersionColumns);
  QSqlQuery& query = sql::runCached(tx_, statement, {versionId});
  if (!query.next()) return std::nullopt;
  return versionFrom(query);
}

std::optional<RecordHead> RecordRepository::findRecord(const QString& recordId) {
  QSqlQuery& query = sql::runCached(
      tx_, QStringLiteral("SELECT id, kind, unit_id, head_version_id, conflict, deleted FROM records WHERE id = ?"),
      {recordId});
  if (!query.next()) return std::nullopt;
  return RecordHead{query.value(0).toString(), kindFrom(query.value(1)), query.value(2).toString(),
                    query.value(3).toString(), static_cast<ConflictState>(query.value(4).toInt()),
                    query.value(5).toInt() != 0};
}

StoredIds RecordRepository::storedIds(const QStringList& versionIds, const QStringList& recordIds,
                                      const QString& deviceId) {
  StoredIds stored;
  if (versionIds.isEmpty() || recordIds.isEmpty() || versionIds.size() > kMaxIdsPerQuery ||
      recordIds.size() > kMaxIdsPerQuery) {
    if (!deviceId.isEmpty()) stored.deviceLastSeq = PushLogRepository(tx_).lastSeq(deviceId);
    // Apart, in chunks: a list longer than a query takes, or an empty one (IN () is not SQL).
    const QHash<QString, QString> versions =
        storedIdsIn(tx_, QStringLiteral("versions"), QStringLiteral("version_id"),
                    QStringLiteral("version_id"), versionIds);
    stored.versionIds = QSet<QString>(versions.keyBegin(), versions.keyEnd());
    stored.recordUnits = storedIdsIn(tx_, QStringLiteral("records"), QStringLiteral("id"),
                                     QStringLiteral("unit_id"), recordIds);
    return stored;
  }
  const qsizetype versionPlaces = placesFor(versionIds.size());
  const qsizetype recordPlaces = placesFor(recordIds.size());
  // The device's row rides along as a third kind of row, its last sequence in the id column.
  const QString deviceRow =
      QStringLiteral(" UNION ALL SELECT 2, CAST(last_seq AS TEXT), NULL FROM devices WHERE id = ?");
  std::vector<QVariant> values;
  values.reserve(static_cast<size_t>(versionPlaces + recordPlaces + 1));
  addLookedUp(&values, versionIds, 0, versionIds.size(), versionPlaces);
  addLookedUp(&values, recordIds, 0, recordIds.size(), recordPlaces);
  if (!deviceId.isEmpty()) values.emplace_back(deviceId);
  ReadRows query =
      tx_.read(lookUpEach(QStringLiteral("0, "), QStringLiteral("versions"), QStringLiteral("version_id"),
                          QStringLiteral("version_id"), versionPlaces) +
                   QStringLiteral(" UNION ALL ") +
                   lookUpEach(QStringLiteral("1, "), QStringLiteral("records"), QStringLiteral("id"),
                              QStringLiteral("unit_id"), recordPlaces) +
                   (deviceId.isEmpty() ? QString() : deviceRow),
               values);
  while (query.next()) {
    const int kind = query.value(0).toInt();
    if (kind != 2 && query.value(2).isNull()) continue;  // an id not stored
    if (kind == 0)
      stored.versionIds.insert(query.value(1).toString());
    else if (kind == 1)
      stored.recordUnits.insert(query.value(1).toString(), query.value(2).toString());
    else
      stored.deviceLastSeq = query.value(1).toString().toULongLong();
  }
  return stored;
}

StoredContent StoredContent::of(const RecordVersion& version) {
  StoredContent content;
  content.fieldsJson = fieldsToJson(version.kind, version.fields);
  content.hash = QString::fromLatin1(contentHash(version, content.fieldsJson).toHex());
  return content;
}

namespace {

const QString kInsertVersion = QStringLiteral(
    "INSERT INTO versions (version_id, record_id, base_version_id, kind, unit_id, author_id, device_id, hlc, "
    "deleted, fields, content_hash, position, received_at, prior_unit_id)");
constexpr int kVersionValues = 14;

void appendVersion(std::vector<QVariant>* row, const RecordVersion& v, const StoredContent& content, quint64 position,
                   qint64 receivedAt, const QString& priorUnitId) {
  row->insert(row->end(),
              {v.versionId, v.recordId, sql::textOrNull(v.baseVersionId), recordKindName(v.kind), v.unitId,
               sql::text(v.authorId), sql::text(v.deviceId), static_cast<qint64>(v.hlc), v.deleted ? 1 : 0,
               QString::fromUtf8(content.fieldsJson), content.hash, static_cast<qint64>(position), receivedAt,
               sql::textOrNull(priorUnitId)});
}

const QString kInsertHead =
    QStringLiteral("INSERT INTO records (id, kind, unit_id, head_version_id, conflict, deleted)");
const QString kHeadConflict = QStringLiteral(
    "ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id, head_version_id = excluded.head_version_id, "
    "conflict = excluded.conflict, deleted = excluded.deleted");
constexpr int kHeadValues = 6;

void appendHead(std::vector<QVariant>* row, const RecordHead& head) {
  row->insert(row->end(), {head.id, recordKindName(head.kind), head.unitId, head.headVersionId,
                           static_cast<int>(head.conflict), head.deleted ? 1 : 0});
}

}  // namespace

void RecordRepository::insertVersion(const RecordVersion& v, const StoredContent& content, quint64 position,
                                     qint64 receivedAt, const QString& priorUnitId) {
  std::vector<QVariant> row;
  appendVersion(&row, v, content, position, receivedAt, priorUnitId);
  insertRows(tx_, kInsertVersion, kVersionValues, row);
}

void RecordRepository::insertVersions(const std::vector<NewVersion>& versions) {
  std::vector<QVariant> rows;
  rows.reserve(versions.size() * kVersionValues);
  for (const NewVersion& v : versions) appendVersion(&rows, v.version, v.content, v.position, v.receivedAt, v.priorUnitId);
  insertRows(tx_, kInsertVersion, kVersionValues, rows);
}

void RecordRepository::saveHead(const RecordHead& head) {
  std::vector<QVariant> row;
  appendHead(&row, head);
  insertRows(tx_, kInsertHead, kHeadValues, row, kHeadConflict);
}

void RecordRepository::saveHeads(const std::vector<RecordHead>& heads) {
  std::vector<QVariant> rows;
  rows.reserve(heads.size() * kHeadValues);
  for (const RecordHead& head : heads) appendHead(&rows, head);
  insertRows(tx_, kInsertHead, kHeadValues, rows, kHeadConflict);
}

bool RecordRepository::insertConflictCopy(const RecordVersion& v, const StoredContent& content, qint64 receivedAt) {
  QSqlQuery& query = sql::runCached(
      tx_,
      QStringLiteral("INSERT INTO version_conflicts (version_id, content_hash, record_id, base_version_id, kind, "
                     "unit_id, author_id, device_id, hlc, deleted, fields, received_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (version_id, content_hash) DO NOTHING"),
      {v.versionId, content.hash, v.recordId, sql::textOrNull(v.baseVersionId), recordKindName(v.kind), v.unitId,
       sql::text(v.authorId), sql::text(v.deviceId), static_cast<qint64>(v.hlc), v.deleted ? 1 : 0,
       QString::fromUtf8(content.fieldsJson), receivedAt});
  return query.numRowsAffected() > 0;
}

FeedEnds RecordRepository::feedEnds(quint64 cursorPosition) {
  QSqlQuery& query = sql::runCached(tx_, kFeedEndsSql, {static_cast<qint64>(cursorPosition)});
  FeedEnds ends;
  while (query.next())
    addFeedEnd(&ends, cursorPosition, query.value(0).toULongLong(), query.value(1).toString());
  return ends;
}

std::vector<FeedEntry> RecordRepository::feed(quint64 afterPosition, const QStringList& scopeUnits, int limit,
                                              const QString& omitCurrentOf) {
  // Both read the same rows. Walking the feed from the cursor suits a large scope, most of whose rows are
  // in it; for a branch it meant reading every device's changes since its last pull to keep its own few,
  // which under 2,400 devices syncing at once cost more than all the writes. A small scope instead reads
  // its units' versions after the cursor through versions_unit_position, and the versions that took a
  // record out of them through versions_prior_unit_position, and sorts them. It names its units by id:
  // matching their paths scanned the whole tree three times a pull, and SQLite prepares a statement again
  // whenever a LIKE pattern is bound anew.
  static const QString walk =
      QStringLiteral(
          "SELECT %1, r.head_version_id, r.conflict, "
          "CASE WHEN u.path LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END FROM versions v "
          "JOIN org_units u ON u.id = v.unit_id JOIN records r ON r.id = v.record_id "
          "LEFT JOIN org_units pu ON pu.id = v.prior_unit_id "
          "WHERE v.position > ? AND (u.path LIKE ? ESCAPE '\\' OR pu.path LIKE ? ESCAPE '\\') "
          "ORDER BY v.position LIMIT ?")
          .arg(kVersionColumns);
  const qint64 after = static_cast<qint64>(afterPosition);
  if (scopeUnits.isEmpty()) return {};
  const auto walkFeed = [&] {
    const QString pattern = subtreePattern(OrgUnitRepository(tx_).path(scopeUnits.front()));
    return tx_.read(walk, {pattern, after, pattern, pattern, limit});
  };
  const auto readFeedOfUnits = [&] {
    const FeedStatement statement = feedOfUnits(tx_.database().backend(), after, scopeUnits, limit, {});
    return tx_.read(statement.sql, statement.values);
  };
  ReadRows query = scopeUnits.size() <= kSmallScopeUnits ? readFeedOfUnits() : walkFeed();
  std::vector<FeedEntry> entries;
  while (query.next()) entries.push_back(feedEntryFrom(query, omitCurrentOf));
  return entries;
}

std::optional<PullSnapshot> RecordRepository::pullSnapshot(quint64 cursorPosition,
                                                           const QStringList& scopeUnits, int limit,
                                                           const QString& omitCurrentOf, FeedRange notRead) {
  if (scopeUnits.isEmpty() || scopeUnits.size() > kSmallScopeUnits) return std::nullopt;
  // feedEnds() and the meta rows beside a small scope's feed, told apart by the last column. The feed comes
  // first: PostgreSQL gives each column the type of the first part that has one, and the others' NULLs have
  // none.
  constexpr int kPartColumn = 15;
  constexpr int kFeed = 2, kEnd = 1;
  static const QString endsAndMeta =
      QStringLiteral(" UNION ALL SELECT version_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                     "NULL, position, NULL, NULL, NULL, 1 FROM (%1) ends UNION ALL SELECT key, value, NULL, "
                     "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0 FROM meta")
          .arg(kFeedEndsSql);
  FeedStatement feed =
      feedOfUnits(tx_.database().backend(), static_cast<qint64>(cursorPosition), scopeUnits, limit, notRead);
  feed.values.emplace_back(static_cast<qint64>(cursorPosition));
  ReadRows query =
      tx_.read(QStringLiteral("SELECT feed.*, 2 FROM (%1) feed").arg(feed.sql) + endsAndMeta, feed.values);
  PullSnapshot snapshot;
  while (query.next()) {
    const int part = query.value(kPartColumn).toInt();
    if (part == kFeed) {
      snapshot.feed.push_back(feedEntryFrom(query, omitCurrentOf));
    } else if (part == kEnd) {
      addFeedEnd(&snapshot.ends, cursorPosition, query.value(11).toULongLong(), query.value(0).toString());
    } else {
      snapshot.meta.insert(query.value(0).toString(), query.value(1).toString());
    }
  }
  // One statement's parts come back in the order written, but SQL does not promise it.
  std::stable_sort(snapshot.feed.begin(), snapshot.feed.end(),
                   [](const FeedEntry& a, const FeedEntry& b) { return a.position < b.position; });
  return snapshot;
}

std::vector<ConflictCopy> RecordRepository::conflictCopies() {
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("SELECT version_id, record_id, COALESCE(base_version_id, ''), kind, unit_id, "
                                            "author_id, device_id, hlc, deleted, fields, content_hash, received_at "
                                            "FROM version_conflicts ORDER BY received_at, version_id"));
  std::vector<ConflictCopy> copies;
  while (query.next()) {
    StoredVersion stored = versionFrom(query);  // same column order; the last column is received_at
    copies.push_back(ConflictCopy{std::move(stored.version), stored.contentHash, query.value(11).toLongLong()});
  }
  return copies;
}

std::vector<RecordHead> RecordRepository::recordsInConflict() {
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("SELECT id, kind, unit_id, head_version_id, conflict, deleted FROM records "
                                            "WHERE conflict <> 0 ORDER BY id"));
  std::vector<RecordHead> heads;
  while (query.next())
    heads.push_back(RecordHead{query.value(0).toString(), kindFrom(query.value(1)), query.value(2).toString(),
                               query.value(3).toString(), static_cast<ConflictState>(query.value(4).toInt()),
                               query.value(5).toInt() != 0});
  return heads;
}

int RecordRepository::versionCount() { return countOf(tx_.connection(), QStringLiteral("versions")); }

int RecordRepository::conflictCopyCount() { return countOf(tx_.connection(), QStringLiteral("version_conflicts")); }

}  // namespace sohoi::server
