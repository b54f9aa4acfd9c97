#include "org_unit_repository.h"

#include "sql.h"
#include "storage_error.h"
#include "meta_repository.h"
#include "transaction.h"

#include "ids/uuid7.h"

#include <QHash>
#include <QSet>

namespace sohoi::server {

namespace {

const QString kTreeVersionKey = QStringLiteral("tree_version");

OrgUnit unitFrom(const QSqlQuery& query) {
  OrgUnit unit;
  unit.id = query.value(0).toString();
  unit.parentId = query.value(1).toString();
  unit.name = query.value(2).toString();
  unit.level = static_cast<UnitLevel>(query.value(3).toInt());
  unit.closedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
  unit.successorId = query.value(5).toString();
  unit.type = static_cast<UnitType>(query.value(6).toInt());
  return unit;
}

const QString kColumns = QStringLiteral("id, parent_id, name, level, closed_on, successor_id, unit_type");

}  // namespace

QString escapeLike(const QString& text) {
  QString escaped = text;
  escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
  escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
  escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
  return escaped;
}

std::vector<OrgUnit> OrgUnitRepository::all() {
  QSqlQuery query =
      sql::run(tx_.connection(), QStringLiteral("SELECT %1 FROM org_units ORDER BY path").arg(kColumns));
  std::vector<OrgUnit> units;
  while (query.next()) units.push_back(unitFrom(query));
  return units;
}

std::optional<OrgUnit> OrgUnitRepository::find(const QString& id) {
  static const QString statement = QStringLiteral("SELECT %1 FROM org_units WHERE id = ?").arg(kColumns);
  QSqlQuery& query = sql::runCached(tx_, statement, {id});
  if (!query.next()) return std::nullopt;
  return unitFrom(query);
}

int OrgUnitRepository::count() {
  QSqlQuery query = sql::run(tx_.connection(), QStringLiteral("SELECT COUNT(*) FROM org_units"));
  return query.next() ? query.value(0).toInt() : 0;
}

OrgTree OrgUnitRepository::tree() { return OrgTree(all()); }

QString OrgUnitRepository::path(const QString& id) {
  QSqlQuery& query = sql::runCached(tx_, QStringLiteral("SELECT path FROM org_units WHERE id = ?"), {id});
  QString path = query.next() ? query.value(0).toString() : QString();
  query.finish();
  return path;
}

void OrgUnitRepository::upsert(const std::vector<OrgUnit>& units) {
  QSqlQuery write = sql::prepare(
      tx_.connection(),
      QStringLiteral("INSERT INTO org_units (id, parent_id, name, level, unit_type, path) VALUES (?, ?, ?, ?, ?, '') "
                     "ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, "
                     "level = excluded.level, unit_type = excluded.unit_type"));
  for (const OrgUnit& unit : units)
    sql::exec(write, {unit.id, sql::textOrNull(unit.parentId), unit.name, static_cast<int>(unit.level),
                      static_cast<int>(unit.type)});

  // Recompute every path: a moved unit moves its whole subtree. The tree is small (thousands of rows).
  QHash<QString, QString> parents;
  QSqlQuery read = sql::run(tx_.connection(), QStringLiteral("SELECT id, parent_id, path FROM org_units"));
  QHash<QString, QString> oldPaths;
  while (read.next()) {
    parents.insert(read.value(0).toString(), read.value(1).toString());
    oldPaths.insert(read.value(0).toString(), read.value(2).toString());
  }
  QSqlQuery update = sql::prepare(tx_.connection(), QStringLiteral("UPDATE org_units SET path = ? WHERE id = ?"));
  for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
    QStringList chain{it.key()};
    QString parent = it.value();
    while (!parent.isEmpty()) {
      if (!parents.contains(parent))
        throw StorageError(QStringLiteral("Đơn vị %1 có đơn vị cha không tồn tại %2 / "
                                          "Unit %1 has an unknown parent %2")
                               .arg(it.key(), parent));
      if (chain.contains(parent) || chain.size() > parents.size())
        throw StorageError(QStringLiteral("Cây đơn vị có vòng lặp tại %1 / The unit tree has a cycle at %1")
                               .arg(parent));
      chain.prepend(parent);
      parent = parents.value(parent);
    }
    const QString path = QLatin1Char('/') + chain.join(QLatin1Char('/')) + QLatin1Char('/');
    if (path != oldPaths.value(it.key())) sql::exec(update, {path, it.key()});
  }
  touch();
}

void OrgUnitRepository::close(const QString& id, const QDate& on, const QString& successorId) {
  sql::run(tx_.connection(), QStringLiteral("UPDATE org_units SET closed_on = ?, successor_id = ? WHERE id = ?"),
           {sql::dateOrNull(on), successorId, id});
  touch();
}

QString OrgUnitRepository::openUnitFor(const QString& id) {
  QString unit = id;
  QSet<QString> seen{unit};  // bad data (a loop of successors) stops at the first unit seen twice
  for (;;) {
    QSqlQuery& query = sql::runCached(
        tx_, QStringLiteral("SELECT successor_id FROM org_units WHERE id = ? AND closed_on IS NOT NULL"), {unit});
    const QString successor = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (successor.isEmpty() || seen.contains(successor)) return unit;
    seen.insert(successor);
    unit = successor;
  }
}

void OrgUnitRepository::touch() {
  // Lets every server process notice the change and reload its cached tree (OrgTreeCache,
  // ReferenceDataCache).
  MetaRepository(tx_).setValue(kTreeVersionKey, newUuid7());
}

QString OrgUnitRepository::treeVersion() { return MetaRepository(tx_).value(kTreeVersionKey).value_or(QString()); }

}  // namespace sohoi::server
