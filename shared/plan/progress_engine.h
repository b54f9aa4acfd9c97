#pragma once
// The progress engine: given a plan, the org tree, the 2020 baselines and the current records, the value,
// target and status of every indicator at any unit (DESIGN §4). Pure and deterministic: no I/O, no clock
// (the evaluation date is an argument), no SQL. The device runs it over its own scope, the server over the
// province; both get the same figures from the same records.
//
// How a unit is judged (IndicatorProgress::status):
// - count, distinct people, ratio, growth: the figure over the unit's subtree; judged at units of the
//   indicator's level, shown without a status (not applicable) elsewhere. An absolute target applies only
//   at that level; a share of a baseline scales to every unit and is shown everywhere.
// - coverage, distribution: a unit of the indicator's level is judged by its own per-unit measure (its
//   rating); a unit above it by the share of such units in its subtree that are met (rated in the set);
//   a unit below it shows its contribution without a status.
//
// Cost: construction reads every record once per quantity of the plan and builds a tally per unit and
// quantity (tally.h); queries then read tallies only. Thread-safety: const after construction, so
// concurrent queries on one engine are safe.
#include <QDate>
#include <unordered_map>

#include "domain/org_tree.h"
#include "plan.h"
#include "progress.h"
#include "record_filter.h"
#include "record_view.h"
#include "tally.h"
#include "unit_baseline.h"

namespace sohoi::plan {

/// One quantity of a plan and the indicator it belongs to; planQuantities() lists them in a fixed order,
/// so two copies of one plan number their quantities alike.
struct PlanQuantity {
  const Quantity* quantity = nullptr;
  const Indicator* indicator = nullptr;
  int quarter = 0;  // 1–4: a quantity of the indicator's quarterMeasures; 0: of its measure
};
std::vector<PlanQuantity> planQuantities(const Plan& plan);

/// The day progress is read for: asOf clamped into the plan year; invalid means the year's last day.
QDate clampedAsOf(const Plan& plan, QDate asOf);
/// The days an indicator reads when progress is read on asOf (already clamped); with quarter 1–4, the days
/// of that quarter up to asOf (none when it starts later).
PeriodRange periodFor(const Plan& plan, const Indicator& indicator, QDate asOf, int quarter = 0);

/// Tallies kept outside the engine: the server keeps them up to date as records arrive instead of
/// counting every record again. Numbered as planQuantities() numbers the quantities; null when the unit
/// has none. The engine only reads it, during its queries.
class TallySource {
 public:
  virtual ~TallySource() = default;
  virtual const Tally* own(int quantity, const QString& unitId) const = 0;
  virtual const Tally* subtree(int quantity, const QString& unitId) const = 0;
  /// tallyValue() of subtree(quantity, unitId), 0 without one. Kept by the source, because at the top of
  /// a province a subtree tally holds every household, and walking it on each query costs more than the
  /// rest of the query together.
  virtual qint64 subtreeValue(int quantity, const QString& unitId) const = 0;
};

class ProgressEngine {
 public:
  /// asOf: the day progress is read for; invalid means the plan year's last day; it is clamped into the
  /// plan year. Records dated after it do not count; quarterly indicators read the quarter containing it.
  ProgressEngine(Plan plan, OrgTree tree, BaselineTable baselines, std::vector<RecordView> records,
                 QDate asOf = {});
  /// Reads tallies from source (periods as periodFor(plan, indicator, clampedAsOf(plan, asOf))) instead
  /// of counting records. REQUIRES: source outlives the engine; nobody changes it during a query.
  ProgressEngine(Plan plan, OrgTree tree, BaselineTable baselines, const TallySource* source, QDate asOf = {});
  ProgressEngine(const ProgressEngine&) = delete;  // tallies point into the plan it owns
  ProgressEngine& operator=(const ProgressEngine&) = delete;

  const Plan& plan() const { return plan_; }
  const OrgTree& tree() const { return tree_; }
  QDate asOf() const { return asOf_; }
  PeriodRange periodOf(const Indicator& indicator) const;

  /// REQUIRES: indicator is one of plan().indicators. An unknown unit gives "not applicable".
  IndicatorProgress evaluate(const Indicator& indicator, const QString& unitId) const;
  /// Every indicator of the plan at the unit, in plan order.
  std::vector<IndicatorProgress> evaluateAll(const QString& unitId) const;
  /// The unit and its children (and theirs, childDepth levels deep; 0 for the unit alone).
  UnitProgress progress(const QString& unitId, int childDepth = 1) const;

 private:
  struct Figure {
    double value = 0;
    double target = 0;
    bool hasTarget = false;
    ValueUnit unit = ValueUnit::Count;
    Status status = Status::NotApplicable;
    int unitsMet = -1;
    int unitsTotal = -1;
  };
  struct Slot {
    PeriodRange period;
    QHash<QString, Tally> own;      // by unit: what the unit's own records gave
    QHash<QString, Tally> subtree;  // by unit: own merged with every unit below
  };

  void sumBaselines();
  void orderTree();
  void addQuantities(const Measure& measure, const PeriodRange& period);
  void addQuantity(const Quantity& quantity, const PeriodRange& period);
  /// The quantity's number in source_, -1 when the source has none.
  int sourceNumber(const Quantity& quantity) const;
  const Tally& subtreeTally(const Quantity& quantity, const QString& unitId) const;
  const Tally& ownTally(const Quantity& quantity, const QString& unitId) const;
  qint64 quantityValue(const Quantity& quantity, const QString& unitId) const;
  qint64 amountValue(const Amount& amount, const QString& unitId, bool* reported) const;

  Figure measureAt(const Measure& measure, const QString& unitId, bool judged) const;
  Figure countAt(const Measure& measure, const QString& unitId, bool judged) const;
  Figure ratioAt(const Measure& measure, const QString& unitId, bool judged) const;
  Figure growthAt(const Measure& measure, const QString& unitId, bool judged) const;
  /// The indicator's figure at the unit, for measure (its own, or one of its quarters').
  Figure figureOf(const Indicator& indicator, const Measure& measure, const OrgUnit& unit) const;
  /// Coverage and distribution at a unit: over the judged units below it, or its own figure.
  Figure overUnitsAt(const Indicator& indicator, const Measure& measure, const OrgUnit& unit) const;
  /// A coverage's per-unit figure; a judged unit with judged units below it counts only its own part.
  Figure perUnitAt(const Indicator& indicator, const Measure& perUnit, const QString& unitId, bool judged) const;
  Figure coverageAt(const Indicator& indicator, const Measure& measure, const QStringList& units) const;
  Figure distributionAt(const Measure& measure, const QStringList& units) const;
  Figure ownRating(const Measure& measure, const QString& unitId, bool judged) const;
  bool ratedInSet(const Measure& measure, const QString& unitId) const;
  /// The units of scopeId's subtree (itself included) that the indicator judges.
  QStringList judgedUnits(const Indicator& indicator, const QString& scopeId) const;
  /// True when the indicator judges some level below this one.
  bool judgedBelow(const Indicator& indicator, UnitLevel level) const;
  /// The unit's own records merged with those of the units below it that are not judged themselves.
  Tally ownPartTally(const Indicator& indicator, const Quantity& quantity, const QString& unitId) const;
  qint64 baselineTotal(const QString& unitId, const QString& name) const;

  Plan plan_;
  OrgTree tree_;
  BaselineTable baselines_;
  std::vector<RecordView> records_;
  QDate asOf_;
  RecordLookup lookup_;                  // people, households and helps, for the references filters follow
  QHash<int, std::vector<int>> byKind_;  // record kind → indexes into records_
  std::unordered_map<const Quantity*, Slot> slots_;
  QHash<QString, UnitBaseline> baselineTotals_;  // by unit: the baselines summed over its subtree
  // The tree in pre-order, so that every unit's subtree is one run of it and, read backwards, children come
  // before their parents. judgedUnits() walks a subtree for each coverage indicator at each unit queried (and
  // again for each quarter): walking it through the tree's hashes was most of a province query's time.
  // Built first in each constructor: summing baselines and tallies walks it too.
  std::vector<OrgUnit> preorder_;
  QHash<QString, std::pair<int, int>> subtreeRuns_;  // unit id → [first, end) in preorder_
  const TallySource* source_ = nullptr;          // set: tallies come from there, slots_ stays empty
  std::unordered_map<const Quantity*, int> sourceIndex_;  // quantity → its number in source_
};

}  // namespace sohoi::plan
