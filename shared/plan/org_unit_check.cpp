#include "org_unit_check.h"

#include <QHash>
#include <QSet>

namespace sohoi::plan {

namespace {

OrgUnitProblem problem(OrgUnitProblemKind kind, const QString& unitId, const QString& vi, const QString& en) {
  return {kind, unitId, vi, en};
}

}  // namespace

std::vector<OrgUnitProblem> validateOrgUnits(const std::vector<OrgUnit>& units) {
  std::vector<OrgUnitProblem> problems;
  QHash<QString, const OrgUnit*> byId;
  for (const OrgUnit& unit : units) {
    if (byId.contains(unit.id)) {
      problems.push_back(problem(OrgUnitProblemKind::DuplicateId, unit.id,
                                 QStringLiteral("Mã đơn vị %1 bị trùng").arg(unit.id),
                                 QStringLiteral("Unit id %1 appears twice").arg(unit.id)));
      continue;
    }
    byId.insert(unit.id, &unit);
  }

  QStringList roots;
  for (const OrgUnit& unit : units) {
    if (byId.value(unit.id) != &unit) continue;  // a duplicate, already reported
    if (unit.parentId.isEmpty()) {
      roots.append(unit.id);
      continue;
    }
    const OrgUnit* parent = byId.value(unit.parentId);
    if (!parent) {
      problems.push_back(
          problem(OrgUnitProblemKind::UnknownParent, unit.id,
                  QStringLiteral("Đơn vị %1: đơn vị cấp trên %2 không tồn tại").arg(unit.id, unit.parentId),
                  QStringLiteral("Unit %1: parent %2 does not exist").arg(unit.id, unit.parentId)));
    } else if (static_cast<int>(parent->level) >= static_cast<int>(unit.level)) {
      problems.push_back(
          problem(OrgUnitProblemKind::LevelNotBelow, unit.id,
                  QStringLiteral("Đơn vị %1 (%2) không thể thuộc đơn vị %3 (%4)")
                      .arg(unit.id, unitLevelName(unit.level), parent->id, unitLevelName(parent->level)),
                  QStringLiteral("Unit %1 (%2) cannot sit under unit %3 (%4)")
                      .arg(unit.id, unitLevelName(unit.level), parent->id, unitLevelName(parent->level))));
    }
  }

  // Walk up from every unit; a walk that meets a unit already on the current path found a cycle. Units
  // proven to reach a root (or a missing parent) are remembered so the whole check stays linear.
  QSet<QString> settled, reported;
  for (const OrgUnit& unit : units) {
    QStringList path;
    QSet<QString> onPath;
    QString current = unit.id;
    while (!current.isEmpty() && byId.contains(current) && !settled.contains(current)) {
      if (onPath.contains(current)) {
        const QStringList cycle = path.mid(path.indexOf(current));
        for (const QString& id : cycle) {
          if (reported.contains(id)) continue;
          reported.insert(id);
          problems.push_back(
              problem(OrgUnitProblemKind::Cycle, id,
                      QStringLiteral("Đơn vị %1 nằm trong vòng lặp cấp trên: %2").arg(id, cycle.join(" → ")),
                      QStringLiteral("Unit %1 is its own ancestor: %2").arg(id, cycle.join(" → "))));
        }
        break;
      }
      onPath.insert(current);
      path.append(current);
      current = byId.value(current)->parentId;
    }
    for (const QString& id : path) settled.insert(id);
  }

  if (roots.isEmpty() && !units.empty())
    problems.push_back(problem(OrgUnitProblemKind::NoRoot, QString(),
                               QStringLiteral("Không có đơn vị gốc (cấp tỉnh)"),
                               QStringLiteral("No unit is the root (province)")));
  for (qsizetype i = 1; i < roots.size(); ++i)
    problems.push_back(problem(
        OrgUnitProblemKind::SeveralRoots, roots.at(i),
        QStringLiteral("Đơn vị %1 không có cấp trên, nhưng %2 đã là đơn vị gốc")
            .arg(roots.at(i), roots.first()),
        QStringLiteral("Unit %1 has no parent, but %2 is already the root").arg(roots.at(i), roots.first())));
  return problems;
}

}  // namespace sohoi::plan
