#pragma once
// A unit of the Union's organisation tree (DESIGN §2). Levels, names and parents are data.
#include <QDate>
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
  // A merged unit is closed, not removed: it stays under its successor so its records stay in scope.
  // (Initialised so that the many four-field initialisations of open units stay complete.)
  QDate closedOn = {};       // the day it was merged away; invalid while open
  QString successorId = {};  // the unit that took it over, when closed

  bool closed() const { return closedOn.isValid(); }
};

QString unitLevelName(UnitLevel level);  // "province", "district", "commune", "branch"
bool unitLevelFromName(const QString& name, UnitLevel* level);

}  // namespace sohoi
