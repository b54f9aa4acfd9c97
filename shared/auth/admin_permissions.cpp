#include "admin_permissions.h"

#include <algorithm>
#include <array>

namespace sohoi {

namespace {

using A = AdminAct;
using U = UnitRelation;

struct ActText {
  AdminAct act;
  const char* name;
  const char* vi;
  const char* en;
};

const std::array<ActText, 7> kActs{{
    {A::IssueCode, "issue_code", "cấp mã đăng ký", "issue enrolment codes"},
    {A::ListCodes, "list_codes", "xem mã đăng ký", "list enrolment codes"},
    {A::ListDevices, "list_devices", "xem thiết bị", "list devices"},
    {A::RevokeDevice, "revoke_device", "thu hồi thiết bị", "revoke devices"},
    {A::ListAccounts, "list_accounts", "xem tài khoản", "list accounts"},
    {A::ReadAudit, "read_audit", "xem nhật ký quản trị", "read the audit log"},
    {A::ReadCallTimes, "read_call_times", "xem thời gian phục vụ của máy chủ",
     "read the server's call times"},
}};

const std::vector<AdminAct> kOversight{A::ListCodes, A::ListDevices, A::RevokeDevice, A::ListAccounts, A::ReadAudit};
const std::vector<AdminAct> kEverything{A::IssueCode,    A::ListCodes, A::ListDevices,  A::RevokeDevice,
                                        A::ListAccounts, A::ReadAudit, A::ReadCallTimes};

// Which roles a granter may give: a district enrols the people of its communes and branches; the province
// anyone but an administrator; only an administrator makes another.
struct RoleGrant {
  Role granter;
  std::vector<Role> grantable;
};

const std::vector<RoleGrant>& roleGrants() {
  static const std::vector<RoleGrant> table = {
      {Role::DistrictStaff, {Role::BranchLeader, Role::CommuneOfficer}},
      {Role::ProvinceStaff,
       {Role::BranchLeader, Role::CommuneOfficer, Role::DistrictStaff, Role::ProvinceStaff, Role::Member}},
      {Role::Administrator, allRoles()},
  };
  return table;
}

template <typename T>
bool has(const std::vector<T>& list, T value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

const ActText& textFor(AdminAct act) {
  for (const ActText& row : kActs)
    if (row.act == act) return row;
  return kActs.front();
}

bool grantsAnywhere(Role role, AdminAct act) {
  return std::any_of(adminGrants().begin(), adminGrants().end(),
                     [&](const AdminGrant& grant) { return grant.role == role && has(grant.acts, act); });
}

Rejection notPermitted(Role role, AdminAct act, const QString& whereVi, const QString& whereEn) {
  Rejection refusal = rejectionFor(ReasonCode::NotPermitted);
  refusal.messageVi = QStringLiteral("%1 không được %2%3").arg(roleLabelVi(role), QString::fromUtf8(textFor(act).vi), whereVi);
  refusal.messageEn = QStringLiteral("A %1 may not %2%3").arg(roleLabelEn(role).toLower(), QString::fromUtf8(textFor(act).en), whereEn);
  return refusal;
}

}  // namespace

const std::vector<AdminGrant>& adminGrants() {
  // A commune officer sees which tablets and codes her branches hold; district staff enrol the communes'
  // and branches' people (never their own level) and oversee their district; province staff and
  // administrators do everything for their unit and below. Branch leaders and members administer nothing.
  static const std::vector<AdminGrant> table = {
      // role                 acts                                 relations
      {Role::CommuneOfficer, {A::ListCodes, A::ListDevices}, {U::Own, U::Below}},
      {Role::DistrictStaff, {A::IssueCode}, {U::Below}},
      {Role::DistrictStaff, kOversight, {U::Own, U::Below}},
      {Role::ProvinceStaff, kEverything, {U::Own, U::Below}},
      {Role::Administrator, kEverything, {U::Own, U::Below}},
  };
  return table;
}

const std::vector<AdminAct>& allAdminActs() { return kEverything; }

QString adminActName(AdminAct act) { return QString::fromLatin1(textFor(act).name); }

bool targetsOne(AdminAct act) { return act == A::RevokeDevice; }

bool permitsAdmin(Role role, AdminAct act, UnitRelation relation) {
  return std::any_of(adminGrants().begin(), adminGrants().end(), [&](const AdminGrant& grant) {
    return grant.role == role && has(grant.acts, act) && has(grant.relations, relation);
  });
}

std::optional<Rejection> adminRefusalFor(Role role, AdminAct act, UnitRelation relation) {
  if (!grantsAnywhere(role, act)) return notPermitted(role, act, QString(), QString());
  if (!inScope(relation)) return rejectionFor(targetsOne(act) ? ReasonCode::NotFound : ReasonCode::OutOfScope);
  if (permitsAdmin(role, act, relation)) return std::nullopt;
  return relation == U::Own ? notPermitted(role, act, QStringLiteral(" cho đơn vị mình"), QStringLiteral(" for its own unit"))
                            : notPermitted(role, act, QStringLiteral(" cho đơn vị cấp dưới"),
                                           QStringLiteral(" for units below it"));
}

bool mayGrant(Role granter, Role newRole) {
  return std::any_of(roleGrants().begin(), roleGrants().end(), [&](const RoleGrant& grant) {
    return grant.granter == granter && has(grant.grantable, newRole);
  });
}

std::optional<Rejection> grantRefusalFor(Role granter, Role newRole) {
  if (mayGrant(granter, newRole)) return std::nullopt;
  Rejection refusal = rejectionFor(ReasonCode::NotPermitted, QStringLiteral("role"));
  refusal.messageVi = QStringLiteral("%1 không được cấp mã cho vai trò %2 (role)").arg(roleLabelVi(granter), roleLabelVi(newRole));
  refusal.messageEn = QStringLiteral("A %1 may not enrol a person as %2 (role)")
                          .arg(roleLabelEn(granter).toLower(), roleLabelEn(newRole).toLower());
  return refusal;
}

}  // namespace sohoi
