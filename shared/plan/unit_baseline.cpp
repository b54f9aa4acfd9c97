#include "unit_baseline.h"

namespace sohoi::plan {

void addBaseline(UnitBaseline* sum, const UnitBaseline& other) {
  sum->members += other.members;
  sum->women18Plus += other.women18Plus;
  sum->fund += other.fund;
  sum->branchLeaders += other.branchLeaders;
  sum->fullTimeCadres += other.fullTimeCadres;
  sum->committeeMembers += other.committeeMembers;
  sum->coreMembers += other.coreMembers;
}

const QStringList& baselineFieldNames() {
  static const QStringList names{QStringLiteral("members"),
                                 QStringLiteral("women_18_plus"),
                                 QStringLiteral("fund"),
                                 QStringLiteral("branch_leaders"),
                                 QStringLiteral("full_time_cadres"),
                                 QStringLiteral("committee_members"),
                                 QStringLiteral("core_members")};
  return names;
}

bool isBaselineField(const QString& name) { return baselineFieldNames().contains(name); }

qint64 baselineValue(const UnitBaseline& baseline, const QString& name) {
  if (name == QLatin1String("members")) return baseline.members;
  if (name == QLatin1String("women_18_plus")) return baseline.women18Plus;
  if (name == QLatin1String("fund")) return baseline.fund;
  if (name == QLatin1String("branch_leaders")) return baseline.branchLeaders;
  if (name == QLatin1String("full_time_cadres")) return baseline.fullTimeCadres;
  if (name == QLatin1String("committee_members")) return baseline.committeeMembers;
  if (name == QLatin1String("core_members")) return baseline.coreMembers;
  return 0;
}

BaselineTable::BaselineTable(const std::vector<UnitBaseline>& baselines) {
  for (const UnitBaseline& baseline : baselines) set(baseline);
}

void BaselineTable::set(const UnitBaseline& baseline) { baselines_.insert(baseline.unitId, baseline); }

const UnitBaseline* BaselineTable::find(const QString& unitId) const {
  auto it = baselines_.constFind(unitId);
  return it == baselines_.constEnd() ? nullptr : &it.value();
}

qint64 BaselineTable::own(const QString& unitId, const QString& name) const {
  const UnitBaseline* baseline = find(unitId);
  return baseline ? baselineValue(*baseline, name) : 0;
}

qint64 BaselineTable::total(const OrgTree& tree, const QString& unitId, const QString& name) const {
  qint64 sum = 0;
  for (const QString& id : tree.subtree(unitId)) sum += own(id, name);
  return sum;
}

}  // namespace sohoi::plan
