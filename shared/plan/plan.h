#pragma once
// Kế hoạch (plan): the year's targets as data (DESIGN §4). A plan file (plan_loader.h) becomes a Plan;
// the progress engine (progress_engine.h) evaluates it. Field names and values are those of the record
// schema (domain/record_schema.h); the loader has checked them, so the engine trusts them.
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>
#include <vector>

#include "domain/org_unit.h"
#include "domain/record_kind.h"

namespace sohoi::plan {

enum class Period { Year, Quarter };  // quarter: the quarter that contains the evaluation date

/// The indicator shapes of DESIGN §4.
enum class Shape {
  Count,           // records (or a sum over them) in the unit's subtree ≥ a number
  Coverage,        // share of units at a level whose own per-unit measure is met
  DistinctPeople,  // distinct people reached (e.g. trained), by role, ≥ a number or a share of a baseline
  Ratio,           // numerator ÷ denominator ≥ a percentage
  Growth,          // a figure now against its 2020 baseline: + an absolute number or a percentage
  Distribution,    // share of units at a level whose latest rating is in a set
};

/// Which records are placed in time by their date field: only those inside the period, every one up to
/// the period's end (a status as it stands at the end), or all.
enum class Dated { InPeriod, ToPeriodEnd, Any };

/// One field test; the field matches when its value equals any value listed. A null QVariant in the list
/// stands for "unset" (the protobuf default: false, 0, empty).
struct FieldCondition {
  QString field;
  QVariantList anyOf;
  bool set = false;  // instead of anyOf: the field holds any value (a link is there)
};

struct RecordFilter {
  RecordKind kind = RecordKind::Activity;
  std::vector<FieldCondition> where;  // with latestBy: tested on the latest record per key, not before
  QString refField;                   // an Id field of kind naming another record …
  std::vector<FieldCondition>
      refWhere;       // … which must exist and match these (e.g. a female-headed household)
  QString dateField;  // places the record in time; empty: the kind's usual date (periodField)
  Dated dated = Dated::InPeriod;
  QString endedBy;  // a Date field: records where it is set and on or before the period's end are left out
  QDate until;      // a deadline inside the period: records placed after it are left out
  bool own = false;  // only the unit's own records count, not those of the units below it
};

/// Distinct on a Person record itself: one person however many records name her (same name and year of
/// birth, case and spacing aside).
inline constexpr char kPersonKey[] = "$person";

enum class Aggregate { Count, Sum, Distinct };

/// A number drawn from records in a unit's subtree.
struct Quantity {
  RecordFilter records;
  Aggregate aggregate = Aggregate::Count;
  QString field;          // Sum: an Integer field; Distinct: an Id, IdList or Text field naming people
  QString fallbackField;  // Distinct: a Text field naming the person when field is empty
  std::vector<FieldCondition> peopleWhere;  // Distinct: the Person record named must match these
  QString perPersonSumField;                // Distinct: a person counts once the sum of this field …
  qint64 perPersonMin = 0;                  // … over their records reaches this
  QString latestBy;    // keep the latest record per value of this field ("$unit": per unit), by date then HLC
  bool newly = false;  // with latestBy: count keys that match at the period's end but did not at its start
  // With newly: the start must match these (poor at the start) rather than merely not match `where`.
  std::vector<FieldCondition> startWhere;
  // With latestBy: some record of the key inside the period must name, in linkField, a record that exists
  // and matches linkWhere (the Union's help linked on any visit of the year, not only on the latest).
  QString linkField;
  std::vector<FieldCondition> linkWhere;
};

/// baseline (summed over the subtree) + Σ plus − Σ minus. A plain quantity is an Amount with one plus.
struct Amount {
  QString baseline;  // a baseline field name (unit_baseline.h), or empty
  std::vector<Quantity> plus;
  std::vector<Quantity> minus;
};

/// Growth that depends on the unit's 2020 attraction rate (members ÷ women aged 18+).
struct AttractionRule {
  double thresholdPercent = 80;  // a rate above this …
  double abovePercent = 0.3;     // … must grow by at least this much, otherwise …
  double belowPercent = 1;       // … by this much
};

struct Measure {
  Shape shape = Shape::Count;
  // Count and DistinctPeople: the quantity, against min and/or a share of a baseline (the larger applies).
  Quantity quantity;
  std::optional<qint64> min;
  QString shareBaseline;
  double sharePercent = 0;
  // Ratio: 100 × numerator ÷ denominator against minPercent / maxPercent.
  Amount numerator;
  Amount denominator;
  // Growth: current − the baseline, against an absolute number, a percentage of the baseline, or the rule.
  QString growthBaseline;
  Amount current;
  std::optional<qint64> growthAbsolute;
  std::optional<double> growthPercent;
  std::optional<AttractionRule> attraction;
  // Coverage: the measure each unit at the level must meet; Coverage, Distribution and Ratio use the
  // percentages (the share of units, or the ratio, must be ≥ minPercent and ≤ maxPercent).
  std::shared_ptr<const Measure> perUnit;
  std::optional<double> minPercent;
  std::optional<double> maxPercent;
};

/// Chỉ tiêu (indicator): one target of the plan.
struct Indicator {
  QString id;
  QString titleVi;
  QString titleEn;
  int group = 0;  // the seed's target group (1)–(10); 0 for other items (the committee's contribution)
  UnitLevel level = UnitLevel::Province;  // judged at units of this level (coverage: the units counted)
  // Coverage and distribution: "các cấp Hội" (every level) judges units of several levels, each on its
  // own part of its subtree (its records and those of units below it that are not judged themselves).
  // Empty: level only. Otherwise it holds level, the lowest of them.
  std::vector<UnitLevel> levels = {};
  // Coverage and distribution: only units of these types are judged and counted ("100% các huyện" is the
  // area units; "đơn vị tương đương và tổ chức thành viên" are named apart). Empty: every type.
  std::vector<UnitType> unitTypes = {};
  Period period = Period::Year;
  Measure measure;
  QString reading;  // how an ambiguous sentence of the seed was read
  int line = 0;     // where the indicator starts in its file
  // Period quarter ("hàng quý"): the measure again for each of the four quarters, so that every quarter
  // keeps tallies of its own and is judged on its own (the loader fills it; copies of measure).
  std::vector<Measure> quarterMeasures = {};
};

struct Plan {
  QString fileName;
  QString provinceId;  // the root unit the plan is for
  int year = 0;
  QString titleVi;
  QString titleEn;
  QString source;  // the document the targets come from
  std::vector<Indicator> indicators;
  // Duyệt nhiều cấp (multi-level review): the levels that decide on a record, in turn (e.g. the commune
  // union, then the district's). Empty: one decision, by any level above the record.
  std::vector<UnitLevel> reviewLevels;

  const Indicator* find(const QString& id) const;
};

/// A copy of measure that shares nothing with it (its per-unit measure copied too): its quantities are
/// new objects, which tallies are kept by.
Measure copyMeasure(const Measure& measure);

/// True when the indicator judges units of this level (of some type).
bool judgesLevel(const Indicator& indicator, UnitLevel level);
/// True when the indicator judges this unit itself (its level and type are among those judged).
bool judgesUnit(const Indicator& indicator, const OrgUnit& unit);

QString shapeName(Shape shape);  // "count", "coverage", "distinct_people", "ratio", "growth", "distribution"
std::optional<Shape> shapeFromName(const QString& name);

}  // namespace sohoi::plan
