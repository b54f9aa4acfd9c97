#include "sync_health_report.h"

#include <QHash>

namespace sohoi::server {

namespace {

// The name of unitId's nearest ancestor (or itself) at level; empty when the tree has none.
QString nameAtLevel(const OrgTree& tree, const QString& unitId, UnitLevel level) {
  for (const OrgUnit* unit = tree.find(unitId); unit; unit = tree.find(unit->parentId))
    if (unit->level == level) return unit->name;
  return {};
}

DeviceSyncState syncStateOf(const Device& device) {
  return {device.id, device.personName, device.appVersion, device.lastSyncAt, device.pendingCount,
          device.clockOffsetMs};
}

}  // namespace

SyncHealthReport syncHealthReport(const OrgTree& tree, const QStringList& branchIds, const std::vector<Device>& devices,
                                  qint64 nowMs, int silentAfterDays) {
  QHash<QString, std::vector<DeviceSyncState>> byBranch;
  for (const Device& device : devices)
    if (!device.revoked()) byBranch[tree.openUnitFor(device.unitId)].push_back(syncStateOf(device));

  SyncHealthReport report{nowMs, silentAfterDaysOr(silentAfterDays), {}};
  for (const QString& id : branchIds) {
    const OrgUnit* unit = tree.find(id);
    if (!unit || unit->level != UnitLevel::Branch || unit->closed()) continue;
    report.branches.push_back({id, unit->name, nameAtLevel(tree, id, UnitLevel::Commune),
                               nameAtLevel(tree, id, UnitLevel::District), byBranch.value(id)});
  }
  sortWorstFirst(report.branches, nowMs);
  return report;
}

}  // namespace sohoi::server
