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

/// What a unit is beside its level. Targets name "Hội LHPN huyện/thành/thị, đơn vị tương đương và tổ
/// chức thành viên" apart, so a plan can count the district-level units of some types only.
enum class UnitType {
  Area = 0,                // the union of an administrative area: tỉnh, huyện/thành/thị, xã/phường, chi hội
  Equivalent = 1,          // đơn vị tương đương: a unit at a level that is not an area (an agency bloc)
  MemberOrganisation = 2,  // tổ chức thành viên: a member organisation
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
  UnitType type = {};        // Area unless the tree file says otherwise

  bool closed() const { return closedOn.isValid(); }
};

QString unitLevelName(UnitLevel level);  // "province", "district", "commune", "branch"
bool unitLevelFromName(const QString& name, UnitLevel* level);
QString unitTypeName(UnitType type);  // "area", "equivalent_unit", "member_organisation"
bool unitTypeFromName(const QString& name, UnitType* type);

}  // namespace sohoi
