#include "plan.h"

#include <algorithm>
#include <array>
#include <utility>

namespace sohoi::plan {

namespace {
const std::array<std::pair<Shape, const char*>, 6> kShapeNames{{
    {Shape::Count, "count"},
    {Shape::Coverage, "coverage"},
    {Shape::DistinctPeople, "distinct_people"},
    {Shape::Ratio, "ratio"},
    {Shape::Growth, "growth"},
    {Shape::Distribution, "distribution"},
}};
}  // namespace

const Indicator* Plan::find(const QString& id) const {
  for (const Indicator& indicator : indicators)
    if (indicator.id == id) return &indicator;
  return nullptr;
}

Measure copyMeasure(const Measure& measure) {
  Measure copy = measure;
  if (measure.perUnit) copy.perUnit = std::make_shared<const Measure>(copyMeasure(*measure.perUnit));
  return copy;
}

bool judgesLevel(const Indicator& indicator, UnitLevel level) {
  if (indicator.levels.empty()) return level == indicator.level;
  return std::find(indicator.levels.begin(), indicator.levels.end(), level) != indicator.levels.end();
}

bool judgesUnit(const Indicator& indicator, const OrgUnit& unit) {
  if (!judgesLevel(indicator, unit.level)) return false;
  return indicator.unitTypes.empty() ||
         std::find(indicator.unitTypes.begin(), indicator.unitTypes.end(), unit.type) != indicator.unitTypes.end();
}

QString shapeName(Shape shape) {
  for (const auto& [value, name] : kShapeNames)
    if (value == shape) return QString::fromLatin1(name);
  return {};
}

std::optional<Shape> shapeFromName(const QString& name) {
  for (const auto& [value, text] : kShapeNames)
    if (name == QLatin1String(text)) return value;
  return std::nullopt;
}

}  // namespace sohoi::plan
