#pragma once
// Who a person is in the Union's work, as far as the system's permissions go (DESIGN §1, §6a). A device
// or an account holds exactly one role, at one unit of the tree.
#include "domain/org_unit.h"

#include <QString>
#include <optional>
#include <vector>

namespace sohoi {

enum class Role {
  BranchLeader,    // chi hội trưởng: records for her branch on a tablet
  CommuneOfficer,  // cán bộ cơ sở Hội: records for the commune unit and its branches, reviews them
  DistrictStaff,   // cán bộ Hội LHPN huyện: reviews, rates communes, enrols branch leaders
  ProvinceStaff,   // cán bộ Hội LHPN tỉnh: reviews, rates districts, manages plan and accounts
  Administrator,   // quản trị hệ thống: accounts, devices, tree; records nothing
  Member,          // hội viên: reads her unit's records, writes none
};

/// Every role, in a fixed order.
const std::vector<Role>& allRoles();
/// "branch_leader", "commune_officer", "district_staff", "province_staff", "administrator", "member": the
/// name stored in accounts and used on the command line and the wire.
QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
/// The role of a person working at a unit of level, unless told otherwise.
Role defaultRoleAt(UnitLevel level);
/// The role's name for people, in Vietnamese and in English.
QString roleLabelVi(Role role);
QString roleLabelEn(Role role);

}  // namespace sohoi
