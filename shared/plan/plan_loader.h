#pragma once
// Reads a plan file (JSON, one per province and year; format in data/plans/README.md) and checks it
// against the record schema before anything is evaluated: a plan that names a kind, field, level or
// baseline that does not exist, repeats an id or asks for a negative target is refused, with the file,
// the line and the reason in Vietnamese and English.
//
// The format, in short:
//   { "format": "sohoi-plan/1", "province": "19", "year": 2021, "title_vi": …, "title_en": …,
//     "source": …, "indicators": [ {indicator}, … ] }
//   indicator: "id", "group" (0–10), "title_vi", "title_en", "level" (province|district|commune|branch),
//     "period" (year|quarter), "shape", "reading" (optional), and the shape's own keys:
//     count            records, [sum], [latest_by, change], min and/or percent_of_baseline
//     distinct_people  records, distinct, [fallback_field], [people_where], [per_person_sum],
//                      min and/or percent_of_baseline
//     ratio            numerator, denominator (amounts), min_percent and/or max_percent
//     growth           baseline, current (amount), one of absolute | percent | attraction_rule
//     coverage         per_unit (a count, distinct_people, ratio or growth), min_percent / max_percent
//     distribution     records (each unit's latest one), min_percent / max_percent
//   records: { "kind", [where], [ref: {field, where}], [date_field], [dated], [ended_by] }
//   where: { field: value | [values] | null } with values typed as the field (a choice by number or by
//     its protobuf name, short "propaganda" or full "ACTIVITY_KIND_PROPAGANDA")
//   amount: a quantity { records, [sum | distinct], … } or { [baseline], [plus: [quantity]], [minus:
//   [quantity]] }
#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

#include "plan.h"

namespace sohoi::plan {

struct PlanError {
  QString file;
  int line = 0;
  QString messageVi;
  QString messageEn;
  /// "file:line: messageVi / messageEn".
  QString toString() const;
};

struct PlanLoadResult {
  std::optional<Plan> plan;       // set only when there are no errors
  std::vector<PlanError> errors;  // every problem found, in file order of indicators
  bool ok() const { return plan.has_value(); }
};

/// Parses and checks plan text; fileName is used in errors and kept in Plan::fileName.
PlanLoadResult parsePlan(const QByteArray& text, const QString& fileName);
/// Reads the file, then parsePlan().
PlanLoadResult loadPlanFile(const QString& path);

}  // namespace sohoi::plan
