#include "role.h"

#include <array>

namespace sohoi {

namespace {

struct RoleText {
  Role role;
  const char* name;
  const char* vi;
  const char* en;
};

const std::array<RoleText, 6> kRoles{{
    {Role::BranchLeader, "branch_leader", "Chi hội trưởng", "Branch leader"},
    {Role::CommuneOfficer, "commune_officer", "Cán bộ cơ sở Hội", "Commune officer"},
    {Role::DistrictStaff, "district_staff", "Cán bộ Hội huyện", "District staff"},
    {Role::ProvinceStaff, "province_staff", "Cán bộ Hội tỉnh", "Province staff"},
    {Role::Administrator, "administrator", "Quản trị hệ thống", "Administrator"},
    {Role::Member, "member", "Hội viên", "Member"},
}};

const RoleText& textFor(Role role) {
  for (const RoleText& row : kRoles)
    if (row.role == role) return row;
  return kRoles.front();
}

}  // namespace

const std::vector<Role>& allRoles() {
  static const std::vector<Role> all = [] {
    std::vector<Role> roles;
    for (const RoleText& row : kRoles) roles.push_back(row.role);
    return roles;
  }();
  return all;
}

QString roleName(Role role) { return QString::fromLatin1(textFor(role).name); }

std::optional<Role> roleFromName(const QString& name) {
  for (const RoleText& row : kRoles)
    if (name == QLatin1String(row.name)) return row.role;
  return std::nullopt;
}

Role defaultRoleAt(UnitLevel level) {
  switch (level) {
    case UnitLevel::Province: return Role::ProvinceStaff;
    case UnitLevel::District: return Role::DistrictStaff;
    case UnitLevel::Commune: return Role::CommuneOfficer;
    case UnitLevel::Branch: return Role::BranchLeader;
  }
  return Role::BranchLeader;
}

QString roleLabelVi(Role role) { return QString::fromUtf8(textFor(role).vi); }
QString roleLabelEn(Role role) { return QString::fromUtf8(textFor(role).en); }

}  // namespace sohoi
