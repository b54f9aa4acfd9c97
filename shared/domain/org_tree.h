#pragma once
// The organisation tree in memory: lookups and "is this unit inside that scope" for validation and
// scope checks. Cheap to copy-construct from a list; not thread-safe for writes.
#include "org_unit.h"

#include <QHash>
#include <QStringList>
#include <vector>

namespace sohoi {

class OrgTree {
 public:
  OrgTree() = default;
  explicit OrgTree(const std::vector<OrgUnit>& units);

  void add(const OrgUnit& unit);
  const OrgUnit* find(const QString& id) const;
  bool contains(const QString& id) const { return units_.contains(id); }
  /// True when unit is scope itself or lies below it.
  bool isWithin(const QString& unitId, const QString& scopeId) const;
  /// The unit itself while open; once merged away, its (last) successor: where its work goes on.
  QString openUnitFor(const QString& unitId) const;
  /// The unit and all units below it.
  QStringList subtree(const QString& scopeId) const;
  /// The units directly below id, in id order.
  QStringList children(const QString& id) const;
  std::vector<OrgUnit> units() const;
  int size() const { return units_.size(); }

 private:
  QHash<QString, OrgUnit> units_;
  QHash<QString, QStringList> children_;
};

}  // namespace sohoi
