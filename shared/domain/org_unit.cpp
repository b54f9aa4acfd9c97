#include "org_unit.h"

#include <array>
#include <utility>

namespace sohoi {

namespace {
const std::array<std::pair<UnitLevel, const char*>, 4> kLevelNames{{
    {UnitLevel::Province, "province"},
    {UnitLevel::District, "district"},
    {UnitLevel::Commune, "commune"},
    {UnitLevel::Branch, "branch"},
}};
const std::array<std::pair<UnitType, const char*>, 3> kTypeNames{{
    {UnitType::Area, "area"},
    {UnitType::Equivalent, "equivalent_unit"},
    {UnitType::MemberOrganisation, "member_organisation"},
}};

template <typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value) {
  for (const auto& [each, name] : names)
    if (each == value) return QString::fromLatin1(name);
  return {};
}

template <typename Enum, size_t N>
bool valueOf(const std::array<std::pair<Enum, const char*>, N>& names, const QString& name, Enum* value) {
  for (const auto& [each, text] : names) {
    if (name == QLatin1String(text)) {
      *value = each;
      return true;
    }
  }
  return false;
}

}  // namespace

QString unitLevelName(UnitLevel level) { return nameOf(kLevelNames, level); }

bool unitLevelFromName(const QString& name, UnitLevel* level) { return valueOf(kLevelNames, name, level); }

QString unitTypeName(UnitType type) { return nameOf(kTypeNames, type); }

bool unitTypeFromName(const QString& name, UnitType* type) { return valueOf(kTypeNames, name, type); }

}  // namespace sohoi
