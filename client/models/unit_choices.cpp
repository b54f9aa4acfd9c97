#include "unit_choices.h"

#include "auth/admin_permissions.h"
#include "auth/unit_relation.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace sohoi::app {

namespace {

QCollator vietnameseCollator() {
  QCollator collator{QLocale(QLocale::Vietnamese)};
  collator.setNumericMode(true);
  return collator;
}

}  // namespace

QString communeOf(const OrgTree& tree, const QString& unitId) {
  for (const OrgUnit* unit = tree.find(unitId); unit; unit = tree.find(unit->parentId))
    if (unit->level == UnitLevel::Commune) return unit->id;
  return {};
}

QVariantList unitsAt(const OrgTree& tree, const QString& scopeId, UnitLevel level) {
  std::vector<const OrgUnit*> found;
  for (const QString& id : tree.subtree(scopeId))
    if (const OrgUnit* unit = tree.find(id); unit && unit->level == level) found.push_back(unit);
  const QCollator collator = vietnameseCollator();
  std::sort(found.begin(), found.end(),
            [&](const OrgUnit* a, const OrgUnit* b) { return collator.compare(a->name, b->name) < 0; });
  QVariantList list;
  for (const OrgUnit* unit : found)
    list.append(QVariantMap{{QStringLiteral("id"), unit->id}, {QStringLiteral("name"), unit->name}});
  return list;
}

QVariantList enrolableUnits(const OrgTree& tree, const QString& scopeId, Role role) {
  struct Choice {
    const OrgUnit* unit;
    QString communeId;
    QString communeName;
  };
  std::vector<Choice> found;
  for (const QString& id : tree.subtree(scopeId)) {
    const OrgUnit* unit = tree.find(id);
    // A merged unit is closed: the server refuses codes for it, so it is not offered.
    if (!unit || unit->closed() || (unit->level != UnitLevel::Commune && unit->level != UnitLevel::Branch)) continue;
    if (!permitsAdmin(role, AdminAct::IssueCode, relationOf(tree, scopeId, id))) continue;
    const QString communeId = communeOf(tree, id);
    const OrgUnit* commune = tree.find(communeId);
    found.push_back({unit, communeId, commune ? commune->name : QString()});
  }
  const QCollator collator = vietnameseCollator();
  std::sort(found.begin(), found.end(), [&](const Choice& a, const Choice& b) {
    if (const int byCommune = collator.compare(a.communeName, b.communeName)) return byCommune < 0;
    if (a.communeId != b.communeId) return a.communeId < b.communeId;  // two communes of one name stay apart
    if (a.unit->level != b.unit->level) return a.unit->level == UnitLevel::Commune;  // the commune heads its branches
    return collator.compare(a.unit->name, b.unit->name) < 0;
  });
  QVariantList list;
  for (const Choice& choice : found)
    list.append(QVariantMap{{QStringLiteral("id"), choice.unit->id},
                            {QStringLiteral("name"), choice.unit->name},
                            {QStringLiteral("communeName"), choice.communeName},
                            {QStringLiteral("level"), unitLevelName(choice.unit->level)}});
  return list;
}

}  // namespace sohoi::app
