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
}  // namespace

QString unitLevelName(UnitLevel level) {
  for (const auto& [value, name] : kLevelNames)
    if (value == level) return QString::fromLatin1(name);
  return {};
}

bool unitLevelFromName(const QString& name, UnitLevel* level) {
  for (const auto& [value, text] : kLevelNames) {
    if (name == QLatin1String(text)) {
      *level = value;
      return true;
    }
  }
  return false;
}

}  // namespace sohoi
