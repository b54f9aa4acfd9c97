#include "unit_progress.h"

#include "language.h"
#include "plan/plan_loader.h"
#include "plan/progress_engine.h"
#include "plan/tree_at_date.h"
#include "store/local_store.h"

#include <QCoreApplication>

namespace sohoi::app {

namespace {

// Records as progress reads them: a merged unit's records count for its successor (as on the server).
std::vector<plan::RecordView> recordViews(const client::LocalStore& store, const plan::TreeAtDate& tree,
                                         const RecordFilter& counts) {
  std::vector<plan::RecordView> views;
  for (RecordKind kind : allRecordKinds())
    for (const client::StoredRecord& record : store.currentRecords(kind))
      if (!counts || counts(record)) views.push_back({record.head.recordId, kind, tree.countsFor(record.head.unitId), record.head.hlc,
                       record.head.fields});
  return views;
}

}  // namespace

std::unique_ptr<plan::ProgressEngine> progressEngineOf(const client::LocalStore& store, QDate day, QString* errorVi,
                                                      QString* errorEn, const RecordFilter& counts) {
  const std::optional<plan::PlanFile> planFile = store.planFile();
  if (!planFile) return nullptr;  // no pull has brought a plan yet
  plan::PlanLoadResult loaded = plan::parsePlan(planFile->text, planFile->fileName);
  if (!loaded.ok()) {
    *errorVi = loaded.errors.empty() ? QString() : loaded.errors.front().messageVi;
    *errorEn = loaded.errors.empty() ? QString() : loaded.errors.front().messageEn;
    return nullptr;
  }
  // The tree as the server reads it for the same day: units merged by then are gone, their figures their
  // successors'. So a unit that took others over is judged, and shown, as the province sees it.
  const QDate asOf = plan::clampedAsOf(*loaded.plan, day);
  const std::vector<OrgUnit> units = store.orgTree().units();
  plan::TreeAtDate tree = plan::treeAt(units, plan::mergesOf(units), asOf);
  std::vector<plan::RecordView> records = recordViews(store, tree, counts);
  plan::BaselineTable baselines = plan::foldBaselines(store.baselines(), tree);
  return std::make_unique<plan::ProgressEngine>(std::move(*loaded.plan), std::move(tree.tree), std::move(baselines),
                                                std::move(records), asOf);
}

UnitProgressResult computeUnitProgress(const QString& storePath) {
  UnitProgressResult result;
  client::Status status;
  const std::unique_ptr<client::LocalStore> store = client::LocalStore::open(storePath, &status);
  if (!store) {
    result.errorVi = status.messageVi();
    result.errorEn = status.messageEn();
    return result;
  }
  const std::unique_ptr<plan::ProgressEngine> engine =
      progressEngineOf(*store, QDate::currentDate(), &result.errorVi, &result.errorEn);
  if (!engine) return result;
  result.planLoaded = true;
  result.planYear = engine->plan().year;
  const QString unitId = plan::treeAt(store->orgTree().units(), plan::mergesOf(store->orgTree().units()),
                                      engine->asOf())
                             .countsFor(store->account().unitId);
  for (const plan::IndicatorProgress& progress : engine->evaluateAll(unitId)) {
    const plan::Indicator* indicator = engine->plan().find(progress.indicatorId);
    if (!indicator) continue;
    if (!progress.hasTarget && progress.value <= 0) continue;  // nothing of this unit's to show
    if (progress.hasTarget && progress.target <= 0 && progress.value <= 0) continue;  // no baseline for it here
    result.bars.push_back({indicator->titleVi, indicator->titleEn, progress.value, progress.target,
                           progress.hasTarget, progress.status == plan::Status::Met,
                           progress.valueUnit == plan::ValueUnit::Percent,
                           progress.status != plan::Status::NotApplicable});
  }
  return result;
}

QVariantList progressBarsForQml(const std::vector<ProgressBar>& bars) {
  QVariantList list;
  const QLocale locale;
  for (const ProgressBar& bar : bars) {
    const QString value = locale.toString(bar.value, 'f', bar.percent ? 1 : 0) + (bar.percent ? QStringLiteral("%") : QString());
    const QString target = locale.toString(bar.target, 'f', bar.percent ? 1 : 0) + (bar.percent ? QStringLiteral("%") : QString());
    const QString valueText =
        bar.judged        ? QCoreApplication::translate("Progress", "%1 of %2").arg(value, target)
        : bar.value <= 0  ? QCoreApplication::translate("Progress", "No figures yet")
                          : QCoreApplication::translate("Progress", "This unit's share: %1").arg(value);
    list.append(QVariantMap{
        {QStringLiteral("title"), localized(bar.titleVi, bar.titleEn)},
        {QStringLiteral("valueText"), valueText},
        {QStringLiteral("fraction"), bar.judged && bar.target > 0 ? std::min(1.0, bar.value / bar.target) : -1.0},
        {QStringLiteral("met"), bar.met},
        {QStringLiteral("hasTarget"), bar.hasTarget},
        {QStringLiteral("judged"), bar.judged}});
  }
  return list;
}

}  // namespace sohoi::app
