#include "progress_engine.h"

#include <algorithm>
#include <cmath>

namespace sohoi::plan {

namespace {

// Percentages compare with a little slack so that 0.3% of 10,000 members is exactly 30, not 30.000001.
constexpr double kSlack = 1e-9;

bool isAbove(UnitLevel unit, UnitLevel level) { return static_cast<int>(unit) < static_cast<int>(level); }

qint64 percentOf(qint64 base, double percent) {
  return static_cast<qint64>(std::ceil(static_cast<double>(base) * percent / 100.0 - kSlack));
}

Status judge(bool met) { return met ? Status::Met : Status::NotMet; }

bool withinPercents(double value, const Measure& measure) {
  if (measure.minPercent && value + kSlack < *measure.minPercent) return false;
  if (measure.maxPercent && value - kSlack > *measure.maxPercent) return false;
  return true;
}

double percentTarget(const Measure& measure) {
  return measure.minPercent ? *measure.minPercent : measure.maxPercent.value_or(0);
}

ValueUnit unitOfQuantity(const Quantity& quantity) {
  if (quantity.aggregate == Aggregate::Distinct) return ValueUnit::People;
  if (quantity.aggregate == Aggregate::Sum && quantity.field == QLatin1String("amount"))
    return ValueUnit::Dong;
  return ValueUnit::Count;
}

void walkQuantities(const Measure& measure, const Indicator& indicator, int quarter, std::vector<PlanQuantity>* out) {
  if (measure.shape == Shape::Count || measure.shape == Shape::DistinctPeople ||
      measure.shape == Shape::Distribution)
    out->push_back({&measure.quantity, &indicator, quarter});
  for (const Amount* amount : {&measure.numerator, &measure.denominator, &measure.current}) {
    for (const Quantity& quantity : amount->plus) out->push_back({&quantity, &indicator, quarter});
    for (const Quantity& quantity : amount->minus) out->push_back({&quantity, &indicator, quarter});
  }
  if (measure.perUnit) walkQuantities(*measure.perUnit, indicator, quarter, out);
}

int quarterOf(const QDate& day) { return (day.month() - 1) / 3 + 1; }

}  // namespace

std::vector<PlanQuantity> planQuantities(const Plan& plan) {
  std::vector<PlanQuantity> result;
  for (const Indicator& indicator : plan.indicators) {
    walkQuantities(indicator.measure, indicator, 0, &result);
    for (size_t i = 0; i < indicator.quarterMeasures.size(); ++i)
      walkQuantities(indicator.quarterMeasures[i], indicator, static_cast<int>(i) + 1, &result);
  }
  return result;
}

QDate clampedAsOf(const Plan& plan, QDate asOf) {
  const QDate first(plan.year, 1, 1), last(plan.year, 12, 31);
  return asOf.isValid() ? std::clamp(asOf, first, last) : last;
}

PeriodRange periodFor(const Plan& plan, const Indicator& indicator, QDate asOf, int quarter) {
  if (quarter > 0) {
    const QDate first(plan.year, quarter * 3 - 2, 1);
    return {first, std::min(asOf, first.addMonths(3).addDays(-1))};
  }
  if (indicator.period == Period::Year) return {QDate(plan.year, 1, 1), asOf};
  return periodFor(plan, indicator, asOf, quarterOf(asOf));
}

ProgressEngine::ProgressEngine(Plan plan, OrgTree tree, BaselineTable baselines, const TallySource* source,
                               QDate asOf)
    : plan_(std::move(plan)), tree_(std::move(tree)), baselines_(std::move(baselines)), source_(source) {
  asOf_ = clampedAsOf(plan_, asOf);
  const std::vector<PlanQuantity> quantities = planQuantities(plan_);
  for (int i = 0; i < static_cast<int>(quantities.size()); ++i)
    sourceIndex_.emplace(quantities[static_cast<size_t>(i)].quantity, i);
  orderTree();
  sumBaselines();
}

ProgressEngine::ProgressEngine(Plan plan, OrgTree tree, BaselineTable baselines,
                               std::vector<RecordView> records, QDate asOf)
    : plan_(std::move(plan)),
      tree_(std::move(tree)),
      baselines_(std::move(baselines)),
      records_(std::move(records)) {
  asOf_ = clampedAsOf(plan_, asOf);
  orderTree();
  for (int i = 0; i < static_cast<int>(records_.size()); ++i) {
    const RecordView& record = records_[static_cast<size_t>(i)];
    byKind_[static_cast<int>(record.kind)].push_back(i);
    if (isReferencedKind(record.kind)) lookup_.insert(record.recordId, &record);
  }
  for (const Indicator& indicator : plan_.indicators) {
    addQuantities(indicator.measure, periodOf(indicator));
    for (size_t i = 0; i < indicator.quarterMeasures.size(); ++i)
      addQuantities(indicator.quarterMeasures[i], periodFor(plan_, indicator, asOf_, static_cast<int>(i) + 1));
  }
  sumBaselines();
}

void ProgressEngine::orderTree() {
  // Depth first, children in id order; a unit's closing entry comes off the stack after its whole subtree
  // and ends its run there.
  std::vector<std::pair<QString, bool>> stack;  // (unit, closing)
  for (const OrgUnit& unit : tree_.units())
    if (!tree_.contains(unit.parentId)) stack.emplace_back(unit.id, false);
  std::sort(stack.rbegin(), stack.rend());  // the smallest id on top
  while (!stack.empty()) {
    auto [id, closing] = std::move(stack.back());
    stack.pop_back();
    const int here = static_cast<int>(preorder_.size());
    if (closing) {
      subtreeRuns_[id].second = here;
      continue;
    }
    subtreeRuns_.insert(id, {here, here});
    preorder_.push_back(*tree_.find(id));
    stack.emplace_back(id, true);
    const QStringList children = tree_.children(id);
    for (auto child = children.crbegin(); child != children.crend(); ++child) stack.emplace_back(*child, false);
  }
}

void ProgressEngine::sumBaselines() {
  for (auto run = subtreeRuns_.cbegin(); run != subtreeRuns_.cend(); ++run) {
    UnitBaseline total;
    for (int i = run->first; i < run->second; ++i)
      if (const UnitBaseline* own = baselines_.find(preorder_[static_cast<size_t>(i)].id)) addBaseline(&total, *own);
    baselineTotals_.insert(run.key(), total);
  }
}

qint64 ProgressEngine::baselineTotal(const QString& unitId, const QString& name) const {
  auto it = baselineTotals_.constFind(unitId);
  return it == baselineTotals_.constEnd() ? 0 : baselineValue(it.value(), name);
}

PeriodRange ProgressEngine::periodOf(const Indicator& indicator) const {
  return periodFor(plan_, indicator, asOf_);
}

void ProgressEngine::addQuantities(const Measure& measure, const PeriodRange& period) {
  if (measure.shape == Shape::Count || measure.shape == Shape::DistinctPeople ||
      measure.shape == Shape::Distribution)
    addQuantity(measure.quantity, period);
  for (const Amount* amount : {&measure.numerator, &measure.denominator, &measure.current}) {
    for (const Quantity& quantity : amount->plus) addQuantity(quantity, period);
    for (const Quantity& quantity : amount->minus) addQuantity(quantity, period);
  }
  if (measure.perUnit) addQuantities(*measure.perUnit, period);
}

void ProgressEngine::addQuantity(const Quantity& quantity, const PeriodRange& period) {
  Slot& slot = slots_[&quantity];
  slot.period = period;
  for (int index : byKind_.value(static_cast<int>(quantity.records.kind)))
    tallyRecord(quantity, records_[static_cast<size_t>(index)], lookup_, period, &slot.own);
  // Children before parents: the pre-order backwards.
  for (auto unit = preorder_.crbegin(); unit != preorder_.crend(); ++unit) {
    Tally tally = slot.own.value(unit->id);
    for (const QString& child : tree_.children(unit->id)) {
      auto it = slot.subtree.constFind(child);
      if (it != slot.subtree.constEnd()) tally.merge(it.value());
    }
    if (tally.records > 0) slot.subtree.insert(unit->id, std::move(tally));
  }
}

int ProgressEngine::sourceNumber(const Quantity& quantity) const {
  const auto index = sourceIndex_.find(&quantity);
  return index == sourceIndex_.end() ? -1 : index->second;
}

const Tally& ProgressEngine::subtreeTally(const Quantity& quantity, const QString& unitId) const {
  static const Tally kEmpty;
  if (source_) {
    const int number = sourceNumber(quantity);
    const Tally* tally = number < 0 ? nullptr : source_->subtree(number, unitId);
    return tally ? *tally : kEmpty;
  }
  const auto slot = slots_.find(&quantity);
  if (slot == slots_.end()) return kEmpty;
  auto it = slot->second.subtree.constFind(unitId);
  return it == slot->second.subtree.constEnd() ? kEmpty : it.value();
}

const Tally& ProgressEngine::ownTally(const Quantity& quantity, const QString& unitId) const {
  static const Tally kEmpty;
  if (source_) {
    const int number = sourceNumber(quantity);
    const Tally* tally = number < 0 ? nullptr : source_->own(number, unitId);
    return tally ? *tally : kEmpty;
  }
  const auto slot = slots_.find(&quantity);
  if (slot == slots_.end()) return kEmpty;
  auto it = slot->second.own.constFind(unitId);
  return it == slot->second.own.constEnd() ? kEmpty : it.value();
}

qint64 ProgressEngine::quantityValue(const Quantity& quantity, const QString& unitId) const {
  if (quantity.records.own) return tallyValue(ownTally(quantity, unitId), quantity);
  if (source_) {
    const int number = sourceNumber(quantity);
    return number < 0 ? 0 : source_->subtreeValue(number, unitId);
  }
  return tallyValue(subtreeTally(quantity, unitId), quantity);
}

qint64 ProgressEngine::amountValue(const Amount& amount, const QString& unitId, bool* reported) const {
  qint64 value = amount.baseline.isEmpty() ? 0 : baselineTotal(unitId, amount.baseline);
  bool any = !amount.baseline.isEmpty();
  for (const Quantity& quantity : amount.plus) {
    value += quantityValue(quantity, unitId);
    any = any || tallyReported(subtreeTally(quantity, unitId), quantity);
  }
  for (const Quantity& quantity : amount.minus) value -= quantityValue(quantity, unitId);
  if (reported) *reported = any;
  return value;
}

ProgressEngine::Figure ProgressEngine::measureAt(const Measure& measure, const QString& unitId,
                                                 bool judged) const {
  switch (measure.shape) {
    case Shape::Count:
    case Shape::DistinctPeople:
      return countAt(measure, unitId, judged);
    case Shape::Ratio:
      return ratioAt(measure, unitId, judged);
    case Shape::Growth:
      return growthAt(measure, unitId, judged);
    case Shape::Coverage:
    case Shape::Distribution:
      break;  // judged over units: see evaluate()
  }
  return {};
}

ProgressEngine::Figure ProgressEngine::countAt(const Measure& measure, const QString& unitId,
                                               bool judged) const {
  Figure figure;
  figure.unit = unitOfQuantity(measure.quantity);
  figure.value = static_cast<double>(quantityValue(measure.quantity, unitId));
  const bool byShare = !measure.shareBaseline.isEmpty();
  const qint64 base = byShare ? baselineTotal(unitId, measure.shareBaseline) : 0;
  const qint64 shareTarget = byShare ? percentOf(base, measure.sharePercent) : 0;
  const bool absolute = judged && measure.min.has_value();
  figure.hasTarget = absolute || byShare;
  figure.target = static_cast<double>(std::max(absolute ? *measure.min : 0, shareTarget));
  if (!judged) return figure;
  // A share of a baseline nobody entered cannot be judged; an absolute number still can.
  if (!absolute && byShare && base == 0) return figure;
  figure.status = judge(figure.value >= figure.target);
  return figure;
}

ProgressEngine::Figure ProgressEngine::ratioAt(const Measure& measure, const QString& unitId,
                                               bool judged) const {
  Figure figure;
  figure.unit = ValueUnit::Percent;
  const qint64 numerator = amountValue(measure.numerator, unitId, nullptr);
  const qint64 denominator = amountValue(measure.denominator, unitId, nullptr);
  figure.value =
      denominator > 0 ? 100.0 * static_cast<double>(numerator) / static_cast<double>(denominator) : 0;
  figure.target = percentTarget(measure);
  figure.hasTarget = true;
  if (judged && denominator > 0) figure.status = judge(withinPercents(figure.value, measure));
  return figure;
}

ProgressEngine::Figure ProgressEngine::growthAt(const Measure& measure, const QString& unitId,
                                                bool judged) const {
  Figure figure;
  figure.unit = measure.growthBaseline == QLatin1String("fund") ? ValueUnit::Dong : ValueUnit::Count;
  const qint64 base = baselineTotal(unitId, measure.growthBaseline);
  bool reported = false;
  const qint64 current = amountValue(measure.current, unitId, &reported);
  figure.value = static_cast<double>(current - base);
  figure.hasTarget = true;
  bool judgeable = true;
  if (measure.growthAbsolute) {
    figure.target = static_cast<double>(*measure.growthAbsolute);
  } else if (measure.growthPercent) {
    figure.target = static_cast<double>(percentOf(base, *measure.growthPercent));
  } else if (measure.attraction) {
    const qint64 women = baselineTotal(unitId, QStringLiteral("women_18_plus"));
    const qint64 members = baselineTotal(unitId, QStringLiteral("members"));
    judgeable = women > 0;
    const double rate = women > 0 ? 100.0 * static_cast<double>(members) / static_cast<double>(women) : 0;
    const double percent = rate > measure.attraction->thresholdPercent ? measure.attraction->abovePercent
                                                                       : measure.attraction->belowPercent;
    figure.target = static_cast<double>(percentOf(base, percent));
  }
  if (!judged || !judgeable) return figure;
  // Without a report for the period there is nothing to grow; from a zero baseline, growth means "some".
  figure.status = judge(reported && figure.value >= figure.target && (base > 0 || current > 0));
  return figure;
}

QStringList ProgressEngine::judgedUnits(const Indicator& indicator, const QString& scopeId) const {
  QStringList result;
  const auto run = subtreeRuns_.constFind(scopeId);
  if (run == subtreeRuns_.cend()) return result;
  for (int i = run->first; i < run->second; ++i)
    if (judgesUnit(indicator, preorder_[static_cast<size_t>(i)])) result.append(preorder_[static_cast<size_t>(i)].id);
  return result;
}

bool ProgressEngine::judgedBelow(const Indicator& indicator, UnitLevel level) const {
  // Levels are listed with the indicator's level as the lowest, so that one decides.
  return isAbove(level, indicator.level);
}

Tally ProgressEngine::ownPartTally(const Indicator& indicator, const Quantity& quantity,
                                   const QString& unitId) const {
  Tally tally = ownTally(quantity, unitId);
  for (const QString& child : tree_.children(unitId)) {
    const OrgUnit* unit = tree_.find(child);
    if (!unit || judgesLevel(indicator, unit->level)) continue;  // judged on its own part
    tally.merge(judgedBelow(indicator, unit->level) ? ownPartTally(indicator, quantity, child)
                                                     : subtreeTally(quantity, child));
  }
  return tally;
}

ProgressEngine::Figure ProgressEngine::perUnitAt(const Indicator& indicator, const Measure& perUnit,
                                                 const QString& unitId, bool judged) const {
  const OrgUnit* unit = tree_.find(unitId);
  if (!judged || !unit || !judgedBelow(indicator, unit->level)) return measureAt(perUnit, unitId, judged);
  // A unit judged on its own activities while units below it are judged on theirs: the commune's work
  // must not make its district look met.
  Figure figure;
  figure.unit = unitOfQuantity(perUnit.quantity);
  figure.value = static_cast<double>(tallyValue(ownPartTally(indicator, perUnit.quantity, unitId), perUnit.quantity));
  figure.hasTarget = perUnit.min.has_value();
  figure.target = static_cast<double>(perUnit.min.value_or(0));
  if (figure.hasTarget) figure.status = judge(figure.value >= figure.target);
  return figure;
}

ProgressEngine::Figure ProgressEngine::coverageAt(const Indicator& indicator, const Measure& measure,
                                                  const QStringList& units) const {
  Figure figure;
  figure.unit = ValueUnit::Percent;
  figure.target = percentTarget(measure);
  figure.hasTarget = true;
  int met = 0, total = 0;
  for (const QString& id : units) {
    const Status status = perUnitAt(indicator, *measure.perUnit, id, true).status;
    if (status == Status::NotApplicable) continue;  // nothing to judge there (e.g. no baseline entered)
    ++total;
    if (status == Status::Met) ++met;
  }
  figure.unitsMet = met;
  figure.unitsTotal = total;
  if (total == 0) return figure;
  figure.value = 100.0 * met / total;
  figure.status = judge(withinPercents(figure.value, measure));
  return figure;
}

bool ProgressEngine::ratedInSet(const Measure& measure, const QString& unitId) const {
  const Tally& tally = ownTally(measure.quantity, unitId);
  const KeyState* state = tally.latest.find(unitId);
  if (!state) return false;
  const LatestEntry* latest = state->end();
  return latest && latest->matches;
}

ProgressEngine::Figure ProgressEngine::distributionAt(const Measure& measure, const QStringList& units) const {
  Figure figure;
  figure.unit = ValueUnit::Percent;
  figure.target = percentTarget(measure);
  figure.hasTarget = true;
  int inSet = 0;
  for (const QString& id : units)
    if (ratedInSet(measure, id)) ++inSet;
  figure.unitsMet = inSet;
  figure.unitsTotal = static_cast<int>(units.size());
  if (units.isEmpty()) return figure;
  figure.value = 100.0 * inSet / static_cast<double>(units.size());
  figure.status = judge(withinPercents(figure.value, measure));
  return figure;
}

ProgressEngine::Figure ProgressEngine::ownRating(const Measure& measure, const QString& unitId, bool judged) const {
  // One unit's own rating: judged only when the target is about every unit (100% in, or none in).
  Figure figure;
  const bool in = ratedInSet(measure, unitId);
  figure.value = in ? 1 : 0;
  if (!judged) return figure;
  if (measure.minPercent && *measure.minPercent >= 100.0 - kSlack) figure.status = judge(in);
  if (measure.maxPercent && *measure.maxPercent <= kSlack) figure.status = judge(!in);
  return figure;
}

ProgressEngine::Figure ProgressEngine::overUnitsAt(const Indicator& indicator, const Measure& measure,
                                                   const OrgUnit& unit) const {
  const bool coverage = measure.shape == Shape::Coverage;
  const bool self = judgesUnit(indicator, unit);
  // Above a judged level: the share of the judged units in the subtree (the unit itself among them when
  // it is judged too). At the lowest judged level: its own measure. Below: its contribution, no status.
  if (judgedBelow(indicator, unit.level)) {
    const QStringList units = judgedUnits(indicator, unit.id);
    return coverage ? coverageAt(indicator, measure, units) : distributionAt(measure, units);
  }
  if (coverage) return perUnitAt(indicator, *measure.perUnit, unit.id, self);
  return judgesLevel(indicator, unit.level) ? ownRating(measure, unit.id, self) : Figure{};
}

ProgressEngine::Figure ProgressEngine::figureOf(const Indicator& indicator, const Measure& measure,
                                                const OrgUnit& unit) const {
  if (measure.shape == Shape::Coverage || measure.shape == Shape::Distribution)
    return overUnitsAt(indicator, measure, unit);
  return measureAt(measure, unit.id, unit.level == indicator.level);
}

IndicatorProgress ProgressEngine::evaluate(const Indicator& indicator, const QString& unitId) const {
  IndicatorProgress progress;
  progress.indicatorId = indicator.id;
  progress.group = indicator.group;
  const OrgUnit* unit = tree_.find(unitId);
  if (!unit) return progress;
  const Figure figure = figureOf(indicator, indicator.measure, *unit);
  const int quarters = std::min(quarterOf(asOf_), static_cast<int>(indicator.quarterMeasures.size()));
  for (int quarter = 1; quarter <= quarters; ++quarter) {
    const Figure of = figureOf(indicator, indicator.quarterMeasures[static_cast<size_t>(quarter - 1)], *unit);
    progress.quarters.push_back({quarter, of.value, of.target, of.status, of.unitsMet, of.unitsTotal});
  }
  progress.value = figure.value;
  progress.target = figure.target;
  progress.hasTarget = figure.hasTarget;
  progress.valueUnit = figure.unit;
  progress.status = figure.status;
  progress.unitsMet = figure.unitsMet;
  progress.unitsTotal = figure.unitsTotal;
  return progress;
}

std::vector<IndicatorProgress> ProgressEngine::evaluateAll(const QString& unitId) const {
  std::vector<IndicatorProgress> result;
  result.reserve(plan_.indicators.size());
  for (const Indicator& indicator : plan_.indicators) result.push_back(evaluate(indicator, unitId));
  return result;
}

UnitProgress ProgressEngine::progress(const QString& unitId, int childDepth) const {
  UnitProgress result;
  result.unitId = unitId;
  if (const OrgUnit* unit = tree_.find(unitId)) {
    result.unitName = unit->name;
    result.level = unit->level;
  }
  result.indicators = evaluateAll(unitId);
  if (childDepth > 0)
    for (const QString& child : tree_.children(unitId))
      result.children.push_back(progress(child, childDepth - 1));
  return result;
}

}  // namespace sohoi::plan
