#include "demo_province.h"

namespace sohoi::server {

namespace {

constexpr int kBranchesPerCommune = 3;

OrgUnit unit(const char* id, const char* parent, const char* name, UnitLevel level) {
  return OrgUnit{QString::fromUtf8(id), QString::fromUtf8(parent), QString::fromUtf8(name), level};
}

}  // namespace

std::vector<OrgUnit> demoProvince() {
  std::vector<OrgUnit> units{
      unit("19", "", "Tỉnh Thái Nguyên", UnitLevel::Province),
      unit("164", "19", "Thành phố Thái Nguyên", UnitLevel::District),
      unit("173", "19", "Huyện Phú Bình", UnitLevel::District),
  };
  const std::vector<OrgUnit> communes{
      unit("05449", "164", "Phường Phan Đình Phùng", UnitLevel::Commune),
      unit("05452", "164", "Phường Tân Thịnh", UnitLevel::Commune),
      unit("05950", "173", "Xã Úc Kỳ", UnitLevel::Commune),
      unit("05953", "173", "Xã Lương Phú", UnitLevel::Commune),
  };
  for (const OrgUnit& commune : communes) {
    units.push_back(commune);
    for (int n = 1; n <= kBranchesPerCommune; ++n)
      units.push_back(OrgUnit{commune.id + QStringLiteral("-%1").arg(n), commune.id,
                              QStringLiteral("Chi hội %1").arg(n), UnitLevel::Branch});
  }
  return units;
}

}  // namespace sohoi::server
