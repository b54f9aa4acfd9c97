#pragma once
// What AdminService does, in domain terms: each act checked against the caller's role and unit with the
// shared admin table (shared/auth/admin_permissions.h) on today's tree, lists cut to the units the caller
// may see, and refusals of acts that change something written to the audit log. A device outside the
// caller's scope is NotFound, as an unknown one. Thread-safe.
#include "accounts/caller.h"
#include "accounts/wall_clock.h"
#include "storage/account_repository.h"
#include "storage/audit_repository.h"
#include "storage/enrolment_repository.h"
#include "sync/enrolment.h"
#include "sync/org_tree_cache.h"
#include "sync/sync_reports.h"

#include "auth/admin_permissions.h"
#include "health/sync_health.h"

#include <memory>
#include <vector>

namespace sohoi::server {

class Database;

class AdminActs {
 public:
  static constexpr int kMaxAuditEntries = 1000;

  /// clock: what sync health counts days silent up to (tests move it).
  AdminActs(Database& database, OrgTreeCache& trees, Enrolment& enrolment, WallClock clock = systemClock())
      : database_(database), trees_(trees), enrolment_(enrolment), clock_(std::move(clock)) {}

  /// A one-time code for a new person at unitId in role (empty: the unit level's usual role), which the
  /// caller must be allowed to grant there.
  Result<IssuedCode> issueCode(const Caller& caller, const QString& unitId, const QString& personName,
                               std::optional<Role> role, int validDays);
  /// Revokes the device (again: the same answer); when it was revoked.
  Result<qint64> revokeDevice(const Caller& caller, const QString& deviceId);
  /// What lies in unitId's subtree (empty unitId: the caller's unit) that the caller may see.
  Result<std::vector<EnrolmentCode>> listCodes(const Caller& caller, const QString& unitId);
  Result<std::vector<Device>> listDevices(const Caller& caller, const QString& unitId);
  Result<std::vector<Account>> listAccounts(const Caller& caller, const QString& unitId);
  /// The newest entries (at most limit, capped at kMaxAuditEntries) whose target unit is in the subtree.
  Result<std::vector<AuditEntry>> listAudit(const Caller& caller, const QString& unitId, int limit);
  /// Every branch in unitId's subtree whose devices the caller may list, with those devices' syncing,
  /// worst first; silentAfterDays 0 is the default.
  Result<SyncHealthReport> syncHealth(const Caller& caller, const QString& unitId, int silentAfterDays);
  /// The reports of syncs not yet stored, which sync health reads over the stored ones.
  /// REQUIRES: set before serving; outlives this.
  void setSyncReports(const SyncReports* reports) { reports_ = reports; }

 private:
  struct Scope {
    std::shared_ptr<const OrgTree> tree;
    QString pattern;  // subtreePattern() of the unit asked about
  };
  /// The tree and subtree for act at unitId, or why the caller may not.
  Result<Scope> scopeFor(const Caller& caller, AdminAct act, const QString& unitId);
  /// The rows fetch(tx, subtree pattern) reads for unitId's subtree, cut to those the caller may see.
  template <typename Row, typename Fetch>
  Result<std::vector<Row>> listVisible(const Caller& caller, AdminAct act, const QString& unitId, Fetch fetch);
  void auditRefusal(const Caller& caller, AuditAct act, const AuditTarget& target, const Rejection& refusal);

  Database& database_;
  OrgTreeCache& trees_;
  Enrolment& enrolment_;
  WallClock clock_;
  const SyncReports* reports_ = nullptr;
};

}  // namespace sohoi::server
