#include "progress_dashboard_model.h"

#include "figure_text.h"
#include "language.h"

#include <QLocale>
#include <algorithm>

namespace sohoi::app {

namespace {

// One level of children: the chart and the list show the current unit's children, and a drill-down
// asks again (and keeps that answer too, for offline reading).
constexpr int kChildDepth = 1;

// How far a unit is from its target, for "which units are behind": the smallest share first.
double shareOfTarget(const plan::IndicatorProgress& figure) {
  return figure.target > 0 ? figure.value / figure.target : figure.value;
}

// "Hàng quý": the quarters up to the one read that did not reach their target, as Roman numerals (the
// way the Union's reports name quarters).
QString quartersShortText(const plan::IndicatorProgress& figure) {
  static const char* const kNumerals[] = {"I", "II", "III", "IV"};
  QStringList shortOnes;
  for (const plan::QuarterProgress& quarter : figure.quarters)
    if (quarter.status == plan::Status::NotMet && quarter.quarter >= 1 && quarter.quarter <= 4)
      shortOnes.append(QString::fromLatin1(kNumerals[quarter.quarter - 1]));
  return shortOnes.isEmpty() ? QString() : ProgressDashboardModel::tr("Quarters that fell short: %1").arg(shortOnes.join(QStringLiteral(", ")));
}

}  // namespace

ProgressDashboardModel::ProgressDashboardModel(QObject* parent) : QAbstractListModel(parent) {}

ProgressDashboardModel::~ProgressDashboardModel() {
  if (reading_) {
    reading_->wait();
    delete reading_;
  }
}

QString ProgressDashboardModel::asOf() const {
  if (quarter_ == 0) return {};
  const int year = planYear() ? planYear() : QDate::currentDate().year();
  const QDate lastMonth(year, quarter_ * 3, 1);
  return lastMonth.addMonths(1).addDays(-1).toString(Qt::ISODate);
}

void ProgressDashboardModel::setApprovedOnly(bool approvedOnly) {
  if (approvedOnly == approvedOnly_ || (approvedOnly && !approvedFetcher_)) return;
  approvedOnly_ = approvedOnly;
  emit approvedOnlyChanged();
  refresh();
}

void ProgressDashboardModel::refresh() {
  const Fetcher& fetcher = approvedOnly_ ? approvedFetcher_ : fetcher_;
  if (!fetcher) return;
  if (reading_) {
    again_ = true;
    return;
  }
  const QString unitId = trail_.back().unitId;
  const QString day = asOf();
  const bool approvedOnly = approvedOnly_;
  auto result = std::make_shared<client::ProgressReading>();
  // Approved-only figures come from this computer's records: nothing to keep for offline reading.
  reading_ = QThread::create([result, fetcher, path = approvedOnly ? QString() : storePath_, unitId, day] {
    *result = client::readProgress(fetcher, path, unitId, kChildDepth, day);
  });
  connect(reading_, &QThread::finished, this, [this, result, unitId, day, approvedOnly] {
    reading_->deleteLater();
    reading_ = nullptr;
    // A reading for a unit, quarter or choice of records left meanwhile is dropped; the one now shown is
    // read next.
    if (unitId == trail_.back().unitId && day == asOf() && approvedOnly == approvedOnly_) apply(*result);
    if (again_) {
      again_ = false;
      refresh();
    }
    emit loadingChanged();
  });
  reading_->start();
  emit loadingChanged();
}

void ProgressDashboardModel::apply(const client::ProgressReading& reading) {
  beginResetModel();
  answer_ = reading.answer;
  rebuildRows();
  endResetModel();
  error_ = reading.error ? localized(reading.error->messageVi, reading.error->messageEn) : QString();
  offline_ = reading.kept;
  updatedAt_ = answer_ ? QDateTime::fromMSecsSinceEpoch(reading.fetchedAtMs) : QDateTime();
  if (answer_) {
    trail_.back().name = answer_->unit.unitName;
    const auto& indicators = answer_->plan.indicators;
    if (std::none_of(indicators.begin(), indicators.end(), [this](const auto& info) { return info.id == selected_; }))
      selected_ = rows_.empty() ? QString() : rows_.front().info->id;
  }
  emit answerChanged();
  emit selectionChanged();
}

void ProgressDashboardModel::rebuildRows() {
  rows_.clear();
  if (!answer_) return;
  const auto& indicators = answer_->plan.indicators;
  for (const plan::IndicatorProgress& figure : answer_->unit.indicators) {
    const auto info = std::find_if(indicators.begin(), indicators.end(),
                                   [&figure](const auto& candidate) { return candidate.id == figure.indicatorId; });
    if (info != indicators.end()) rows_.push_back({&*info, &figure});
  }
  // Sections need each group's rows together: groups 1–10 in order, the other items last.
  const auto rank = [](const Row& row) { return row.info->group > 0 ? row.info->group : 1000; };
  std::stable_sort(rows_.begin(), rows_.end(), [&rank](const Row& a, const Row& b) { return rank(a) < rank(b); });
}

int ProgressDashboardModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant ProgressDashboardModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Row& row = rows_[static_cast<size_t>(index.row())];
  const plan::IndicatorProgress& figure = *row.figure;
  switch (role) {
    case GroupRole:
      return row.info->group;
    case GroupTitleRole:
      return row.info->group > 0 ? tr("Target group %1").arg(row.info->group) : tr("Other items");
    case IndicatorIdRole:
      return row.info->id;
    case TitleRole:
      return localized(row.info->titleVi, row.info->titleEn);
    case ValueTextRole:
      if (figure.unitsTotal >= 0)
        return tr("%1 (%2 of %3 units)").arg(figureText(figure.value, figure.valueUnit)).arg(figure.unitsMet).arg(figure.unitsTotal);
      return figureText(figure.value, figure.valueUnit);
    case TargetTextRole:
      return figure.hasTarget ? figureText(figure.target, figure.valueUnit) : QStringLiteral("—");
    case StatusRole:
      return plan::statusName(figure.status);
    case StatusTextRole:
      return localized(plan::statusLabelVi(figure.status), plan::statusLabelEn(figure.status));
    case QuarterlyRole:
      return row.info->quarterly;
    case SelectedRole:
      return row.info->id == selected_;
    case QuartersShortRole:
      return quartersShortText(figure);
    default:
      return {};
  }
}

QHash<int, QByteArray> ProgressDashboardModel::roleNames() const {
  return {{GroupRole, "group"},          {GroupTitleRole, "groupTitle"}, {IndicatorIdRole, "indicatorId"},
          {TitleRole, "title"},          {ValueTextRole, "valueText"},   {TargetTextRole, "targetText"},
          {StatusRole, "status"},        {StatusTextRole, "statusText"}, {QuarterlyRole, "quarterly"},
          {SelectedRole, "selected"},    {QuartersShortRole, "quartersShort"}};
}

QString ProgressDashboardModel::updatedAtText() const {
  if (!updatedAt_.isValid()) return {};
  return tr("Updated at %1").arg(QLocale().toString(updatedAt_, QStringLiteral("HH:mm dd/MM/yyyy")));
}

QString ProgressDashboardModel::unitName() const { return trail_.back().name; }

QVariantList ProgressDashboardModel::breadcrumb() const {
  QVariantList steps;
  for (const Step& step : trail_)
    steps.append(QVariantMap{{QStringLiteral("unitId"), step.unitId}, {QStringLiteral("name"), step.name}});
  return steps;
}

int ProgressDashboardModel::groupCount() const {
  int groups = 0;
  for (size_t i = 0; i < rows_.size(); ++i)
    if (i == 0 || rows_[i].info->group != rows_[i - 1].info->group) ++groups;
  return groups;
}

void ProgressDashboardModel::setQuarter(int quarter) {
  quarter = std::clamp(quarter, 0, 4);
  if (quarter == quarter_) return;
  quarter_ = quarter;
  emit quarterChanged();
  refresh();
}

void ProgressDashboardModel::selectIndicator(const QString& indicatorId) {
  if (indicatorId == selected_) return;
  selected_ = indicatorId;
  if (!rows_.empty()) emit dataChanged(index(0), index(rowCount() - 1), {SelectedRole});
  emit selectionChanged();
}

QString ProgressDashboardModel::selectedTitle() const {
  for (const Row& row : rows_)
    if (row.info->id == selected_) return localized(row.info->titleVi, row.info->titleEn);
  return {};
}

const plan::IndicatorProgress* ProgressDashboardModel::figureAt(const plan::UnitProgress& unit) const {
  const auto found = std::find_if(unit.indicators.begin(), unit.indicators.end(),
                                  [this](const plan::IndicatorProgress& figure) { return figure.indicatorId == selected_; });
  return found == unit.indicators.end() ? nullptr : &*found;
}

QVariantList ProgressDashboardModel::childBars() const {
  QVariantList bars;
  if (!answer_) return bars;
  for (const plan::UnitProgress& child : answer_->unit.children) {
    const plan::IndicatorProgress* figure = figureAt(child);
    if (!figure) continue;
    bars.append(QVariantMap{{QStringLiteral("unitId"), child.unitId},
                            {QStringLiteral("name"), child.unitName},
                            {QStringLiteral("value"), figure->value},
                            {QStringLiteral("target"), figure->target},
                            {QStringLiteral("hasTarget"), figure->hasTarget},
                            {QStringLiteral("status"), plan::statusName(figure->status)},
                            {QStringLiteral("valueText"), figureText(figure->value, figure->valueUnit)},
                            {QStringLiteral("targetText"), figure->hasTarget ? figureText(figure->target, figure->valueUnit)
                                                                             : QStringLiteral("—")},
                            {QStringLiteral("behind"), isBehind(*figure)}});
  }
  return bars;
}

double ProgressDashboardModel::chartMax() const {
  double most = 1;
  if (!answer_) return most;
  for (const plan::UnitProgress& child : answer_->unit.children)
    if (const plan::IndicatorProgress* figure = figureAt(child))
      most = std::max({most, figure->value, figure->hasTarget ? figure->target : 0.0});
  return most;
}

double ProgressDashboardModel::chartTarget() const {
  std::optional<double> shared;
  if (!answer_) return -1;
  for (const plan::UnitProgress& child : answer_->unit.children) {
    const plan::IndicatorProgress* figure = figureAt(child);
    if (!figure || !figure->hasTarget || (shared && *shared != figure->target)) return -1;
    shared = figure->target;
  }
  return shared.value_or(-1);
}

void ProgressDashboardModel::setSharesBehind(bool sharesBehind) {
  if (sharesBehind == sharesBehind_) return;
  sharesBehind_ = sharesBehind;
  emit selectionChanged();
}

bool ProgressDashboardModel::isBehind(const plan::IndicatorProgress& figure) const {
  if (figure.status == plan::Status::NotMet) return true;
  return sharesBehind_ && figure.status == plan::Status::NotApplicable && figure.hasTarget &&
         figure.value < figure.target;
}

QVariantList ProgressDashboardModel::unitsBehind() const {
  std::vector<std::pair<const plan::UnitProgress*, const plan::IndicatorProgress*>> behind;
  if (answer_)
    for (const plan::UnitProgress& child : answer_->unit.children)
      if (const plan::IndicatorProgress* figure = figureAt(child); figure && isBehind(*figure))
        behind.emplace_back(&child, figure);
  std::stable_sort(behind.begin(), behind.end(),
                   [](const auto& a, const auto& b) { return shareOfTarget(*a.second) < shareOfTarget(*b.second); });
  QVariantList list;
  for (const auto& [unit, figure] : behind)
    list.append(QVariantMap{{QStringLiteral("unitId"), unit->unitId},
                            {QStringLiteral("name"), unit->unitName},
                            {QStringLiteral("valueText"), figureText(figure->value, figure->valueUnit)},
                            {QStringLiteral("targetText"), figureText(figure->target, figure->valueUnit)}});
  return list;
}

void ProgressDashboardModel::drillInto(const QString& unitId) {
  if (!answer_) return;
  for (const plan::UnitProgress& child : answer_->unit.children) {
    if (child.unitId != unitId) continue;
    trail_.push_back({child.unitId, child.unitName});
    emit answerChanged();
    refresh();
    return;
  }
}

void ProgressDashboardModel::back() { backTo(static_cast<int>(trail_.size()) - 2); }

void ProgressDashboardModel::backTo(int index) {
  if (index < 0 || index >= static_cast<int>(trail_.size()) - 1) return;
  trail_.resize(static_cast<size_t>(index) + 1);
  emit answerChanged();
  refresh();
}

}  // namespace sohoi::app
