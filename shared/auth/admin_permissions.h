#pragma once
// Who may administer what (DESIGN §6a): for each role, which admin acts it may perform at which units
// relative to its own, and which roles it may give a person it enrols. One table, as data, read by the
// server's AdminService for every call and by the app to offer only what will be accepted.
#include "role.h"
#include "unit_relation.h"

#include "domain/rejection.h"

#include <optional>
#include <vector>

namespace sohoi {

enum class AdminAct {
  IssueCode,     // cấp mã đăng ký: a one-time enrolment code for a new person at a unit
  ListCodes,     // the enrolment codes issued at units
  ListDevices,   // the devices (tablets and signed-in workstations) working at units
  RevokeDevice,  // thu hồi thiết bị: the device's next call is refused
  ListAccounts,  // the people with accounts at units
  ReadAudit,     // nhật ký quản trị: the privileged acts done at units
  ReadCallTimes,  // thời gian phục vụ: how long the server took to answer calls (of the caller's own unit)
};

/// One row of the table: role may perform these acts at units so related to its own.
struct AdminGrant {
  Role role;
  std::vector<AdminAct> acts;
  std::vector<UnitRelation> relations;
};

/// The whole table. Anything it does not grant is refused.
const std::vector<AdminGrant>& adminGrants();
/// Every act, in a fixed order.
const std::vector<AdminAct>& allAdminActs();
/// "issue_code", "list_codes", "list_devices", "revoke_device", "list_accounts", "read_audit".
QString adminActName(AdminAct act);
/// Acts on one device (or account) rather than on a unit: one outside the caller's scope is answered as
/// unknown (NotFound), so nothing of it is revealed.
bool targetsOne(AdminAct act);
bool permitsAdmin(Role role, AdminAct act, UnitRelation relation);
/// Why role may not perform act at relation: NotPermitted when its role may not perform the act at all or
/// not at that relation; outside its scope OutOfScope, or NotFound for acts that target one device.
/// nullopt when permitted.
std::optional<Rejection> adminRefusalFor(Role role, AdminAct act, UnitRelation relation);

/// Whether a person in granter's role may enrol someone in role newRole (IssueCode, at units the table
/// lets granter issue codes for).
bool mayGrant(Role granter, Role newRole);
/// NotPermitted (field "role") when granter may not give newRole; nullopt when it may.
std::optional<Rejection> grantRefusalFor(Role granter, Role newRole);

}  // namespace sohoi
