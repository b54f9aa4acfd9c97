#include "admin_acts.h"

#include "storage/database.h"
#include "storage/device_repository.h"
#include "storage/org_unit_repository.h"
#include "storage/transaction.h"
#include "sync_health_report.h"

#include <QDateTime>
#include <algorithm>

namespace sohoi::server {

namespace {

// The unit a listed row belongs to.
template <typename Row>
const QString& unitOf(const Row& row) {
  return row.unitId;
}
const QString& unitOf(const AuditEntry& entry) { return entry.targetUnitId; }

}  // namespace

Result<AdminActs::Scope> AdminActs::scopeFor(const Caller& caller, AdminAct act, const QString& unitId) {
  const QString unit = unitId.isEmpty() ? caller.device.unitId : unitId;
  Transaction tx(database_, Transaction::Mode::Read);
  Scope scope{trees_.get(tx), subtreePattern(OrgUnitRepository(tx).path(unit))};
  tx.commit();
  // A role that may not do this at all is told so before anything about the unit.
  const std::optional<Rejection> refused =
      adminRefusalFor(caller.device.role, act, relationOf(*scope.tree, caller.device.unitId, unit));
  if (refused && refused->code == ReasonCode::NotPermitted) return *refused;
  if (!scope.tree->contains(unit)) return rejectionFor(ReasonCode::UnknownUnit, unit);
  if (refused) return *refused;
  return scope;
}

template <typename Row, typename Fetch>
Result<std::vector<Row>> AdminActs::listVisible(const Caller& caller, AdminAct act, const QString& unitId, Fetch fetch) {
  Result<Scope> scope = scopeFor(caller, act, unitId);
  if (!scope) return scope.error();
  Transaction tx(database_, Transaction::Mode::Read);
  std::vector<Row> rows = fetch(tx, scope.value().pattern);
  tx.commit();
  // The subtree may hold units the table grants this act at only in part (e.g. below, not own).
  std::erase_if(rows, [&](const Row& row) {
    return !permitsAdmin(caller.device.role, act, relationOf(*scope.value().tree, caller.device.unitId, unitOf(row)));
  });
  return rows;
}

void AdminActs::auditRefusal(const Caller& caller, AuditAct act, const AuditTarget& target, const Rejection& refusal) {
  Transaction tx(database_, Transaction::Mode::Write);
  writeAudit(tx, caller.actor(), act, target, auditOutcome(refusal), QDateTime::currentMSecsSinceEpoch());
  tx.commit();
}

Result<IssuedCode> AdminActs::issueCode(const Caller& caller, const QString& unitId, const QString& personName,
                                        std::optional<Role> role, int validDays) {
  Result<Scope> scope = scopeFor(caller, AdminAct::IssueCode, unitId);
  const AuditTarget target{QString(), unitId, personName.trimmed()};
  if (!scope) {
    auditRefusal(caller, AuditAct::IssueCode, target, scope.error());
    return scope.error();
  }
  const Role granted = role.value_or(defaultRoleAt(scope.value().tree->find(unitId)->level));
  if (auto refused = grantRefusalFor(caller.device.role, granted)) {
    auditRefusal(caller, AuditAct::IssueCode, target, *refused);
    return *refused;
  }
  return enrolment_.issueCode(unitId, personName, granted, validDays, caller.actor());
}

Result<qint64> AdminActs::revokeDevice(const Caller& caller, const QString& deviceId) {
  std::optional<Device> device;
  std::shared_ptr<const OrgTree> tree;
  {
    Transaction tx(database_, Transaction::Mode::Read);
    device = DeviceRepository(tx).find(deviceId);
    tree = trees_.get(tx);
    tx.commit();
  }
  const UnitRelation relation =
      device ? relationOf(*tree, caller.device.unitId, device->unitId) : UnitRelation::Sibling;
  if (auto refused = adminRefusalFor(caller.device.role, AdminAct::RevokeDevice, relation)) {
    if (device && refused->code != ReasonCode::NotFound)
      auditRefusal(caller, AuditAct::RevokeDevice, {deviceId, device->unitId, device->name}, *refused);
    return *refused;
  }
  if (device->revoked()) return device->revokedAt;  // a retried call: answered as before
  if (const std::optional<qint64> revokedAt = enrolment_.revoke(deviceId, caller.actor())) return *revokedAt;
  // Revoked by someone else since it was read: answered with that time, as a retry would be.
  Transaction tx(database_, Transaction::Mode::Read);
  const std::optional<Device> revoked = DeviceRepository(tx).find(deviceId);
  tx.commit();
  return revoked->revokedAt;
}

Result<std::vector<EnrolmentCode>> AdminActs::listCodes(const Caller& caller, const QString& unitId) {
  return listVisible<EnrolmentCode>(caller, AdminAct::ListCodes, unitId, [](Transaction& tx, const QString& pattern) {
    return EnrolmentRepository(tx).list(pattern);
  });
}

Result<std::vector<Device>> AdminActs::listDevices(const Caller& caller, const QString& unitId) {
  return listVisible<Device>(caller, AdminAct::ListDevices, unitId, [](Transaction& tx, const QString& pattern) {
    return DeviceRepository(tx).within(pattern);
  });
}

Result<std::vector<Account>> AdminActs::listAccounts(const Caller& caller, const QString& unitId) {
  return listVisible<Account>(caller, AdminAct::ListAccounts, unitId, [](Transaction& tx, const QString& pattern) {
    return AccountRepository(tx).list(pattern);
  });
}

Result<std::vector<AuditEntry>> AdminActs::listAudit(const Caller& caller, const QString& unitId, int limit) {
  return listVisible<AuditEntry>(caller, AdminAct::ReadAudit, unitId, [&](Transaction& tx, const QString& pattern) {
    return AuditRepository(tx).newestWithin(pattern, std::clamp(limit, 1, kMaxAuditEntries));
  });
}

Result<SyncHealthReport> AdminActs::syncHealth(const Caller& caller, const QString& unitId, int silentAfterDays) {
  Result<std::vector<Device>> devices = listDevices(caller, unitId);
  if (!devices) return devices.error();
  if (reports_) reports_->overlay(devices.value());
  Transaction tx(database_, Transaction::Mode::Read);
  const std::shared_ptr<const OrgTree> tree = trees_.get(tx);
  tx.commit();
  // Branches without a device count too: they are the ones staff most need to see.
  QStringList branches = tree->subtree(unitId.isEmpty() ? caller.device.unitId : unitId);
  branches.removeIf([&](const QString& branch) {
    return !permitsAdmin(caller.device.role, AdminAct::ListDevices, relationOf(*tree, caller.device.unitId, branch));
  });
  return syncHealthReport(*tree, branches, devices.value(), clock_(), silentAfterDays);
}

}  // namespace sohoi::server
