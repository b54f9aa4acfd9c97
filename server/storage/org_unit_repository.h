#pragma once
// The organisation tree as stored. Each unit keeps its materialized path ("/19/164/05431/") so that
// "everything in this unit's subtree" is one indexed prefix match, on SQLite and PostgreSQL alike.
#include "domain/org_tree.h"
#include "domain/org_unit.h"

#include <QString>
#include <optional>
#include <vector>

namespace sohoi::server {

class Transaction;

class OrgUnitRepository {
 public:
  explicit OrgUnitRepository(Transaction& tx) : tx_(tx) {}

  /// Every unit, parents before children (ordered by path).
  std::vector<OrgUnit> all();
  std::optional<OrgUnit> find(const QString& id);
  int count();
  /// The whole tree in memory, for validation and scope checks.
  OrgTree tree();
  /// The unit's materialized path, e.g. "/19/164/05431/"; empty when the unit is unknown.
  QString path(const QString& id);
  /// Inserts or updates units (a parent may come in the same call), then recomputes every path. Leaves
  /// closedOn and successorId as they are stored (only close() sets them): loading a tree reopens nothing.
  /// REQUIRES: a write transaction; parents exist in the table or in units; no cycles (checked by
  /// the caller, e.g. TreeFile). Throws StorageError when a parent is missing.
  void upsert(const std::vector<OrgUnit>& units);
  /// Marks a merged unit closed on `on`, taken over by successorId. REQUIRES: a write transaction.
  void close(const QString& id, const QDate& on, const QString& successorId);
  /// The open unit whose scope a device enrolled at id works in: id itself, or the last of its successors.
  QString openUnitFor(const QString& id);
  /// Changes with every upsert, so caches of the tree know when to read it again ("" when never loaded).
  QString treeVersion();

 private:
  void touch();  // bumps meta.tree_version

  Transaction& tx_;
};

/// "%" and "_" are wildcards in LIKE; ids are data, so escape them (with `ESCAPE '\'`).
QString escapeLike(const QString& text);
/// The LIKE pattern (with `ESCAPE '\'`) matching the paths of the units in the subtree whose root has path.
inline QString subtreePattern(const QString& path) { return escapeLike(path) + QLatin1Char('%'); }
/// The pattern every unit's path matches.
inline QString everyUnitPattern() { return QStringLiteral("%"); }
/// "IN (…)" for a unit column: the units whose path matches the one bound value, a subtreePattern().
inline QString inSubtree() { return QStringLiteral("IN (SELECT id FROM org_units WHERE path LIKE ? ESCAPE '\\') "); }

}  // namespace sohoi::server
