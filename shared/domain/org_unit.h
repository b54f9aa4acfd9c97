#pragma once
// A unit of the Union's organisation tree (DESIGN §2). Levels, names and parents are data.
#include <QString>

namespace sohoi {

enum class UnitLevel {
  Province = 1,  // Hội LHPN tỉnh
  District = 2,  // Hội LHPN huyện / thành / thị, and equivalent units
  Commune = 3,   // cơ sở Hội: one per xã / phường / thị trấn
  Branch = 4,    // chi hội: a village or residential group
};

struct OrgUnit {
  QString id;        // official code for provinces, districts, communes; "<commune>-<n>" for branches
  QString parentId;  // empty for the root
  QString name;
  UnitLevel level = UnitLevel::Branch;
};

QString unitLevelName(UnitLevel level);  // "province", "district", "commune", "branch"
bool unitLevelFromName(const QString& name, UnitLevel* level);

}  // namespace sohoi
