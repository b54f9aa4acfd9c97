#include "local_progress.h"

#include "review_state.h"
#include "unit_progress.h"

#include "auth/record_permissions.h"
#include "plan/plan_loader.h"

#include "plan/progress_engine.h"
#include "store/local_store.h"

#include <QDateTime>

namespace sohoi::app {

namespace {

client::PlanInfo planInfo(const plan::Plan& plan) {
  client::PlanInfo info{plan.provinceId, plan.year, plan.titleVi, plan.titleEn, {}};
  for (const plan::Indicator& indicator : plan.indicators)
    info.indicators.push_back({indicator.id, indicator.group, indicator.titleVi, indicator.titleEn, indicator.level,
                               plan::shapeName(indicator.measure.shape), indicator.period == plan::Period::Quarter});
  return info;
}

client::RpcError failure(const QString& vi, const QString& en) {
  client::RpcError error;
  error.reasonName = QStringLiteral("NO_PLAN");
  error.messageVi = vi;
  error.messageEn = en;
  return error;
}

/// Counts a record when review approved its current version; the people register and decisions (unit
/// ratings among them) are not reviewed and always count.
RecordFilter approvedRecords(const client::LocalStore& store) {
  const std::vector<UnitLevel> levels = reviewLevelsOf(store);
  auto trails = std::make_shared<QHash<QString, std::vector<ReviewState>>>(reviewTrails(store));
  return [trails, levels](const client::StoredRecord& record) {
    if (record.head.kind == RecordKind::Person || isDecisionKind(record.head.kind)) return true;
    const std::vector<ReviewState> trail = trails->value(record.head.recordId);
    return reviewStatusOf(trail, record.head.versionId, record.conflict, levels) == ReviewStatus::Approved;
  };
}

}  // namespace

client::RpcResult<client::ProgressAnswer> progressFromStore(const QString& storePath, const QString& unitId,
                                                           int childDepth, const QString& asOf, bool approvedOnly) {
  client::Status status;
  const std::unique_ptr<client::LocalStore> store = client::LocalStore::open(storePath, &status);
  if (!store) return client::RpcResult<client::ProgressAnswer>::failure(failure(status.messageVi(), status.messageEn()));
  QString errorVi = QStringLiteral("Chưa có kế hoạch");
  QString errorEn = QStringLiteral("No plan yet");
  const QDate day = asOf.isEmpty() ? QDate::currentDate() : QDate::fromString(asOf, Qt::ISODate);
  const std::unique_ptr<plan::ProgressEngine> engine =
      progressEngineOf(*store, day, &errorVi, &errorEn, approvedOnly ? approvedRecords(*store) : RecordFilter());
  if (!engine) return client::RpcResult<client::ProgressAnswer>::failure(failure(errorVi, errorEn));
  client::ProgressAnswer answer;
  answer.plan = planInfo(engine->plan());
  answer.unit = engine->progress(unitId.isEmpty() ? store->account().unitId : unitId, childDepth);
  answer.asOf = engine->asOf();
  answer.serverTimeMs = QDateTime::currentMSecsSinceEpoch();
  return client::RpcResult<client::ProgressAnswer>::success(std::move(answer));
}

}  // namespace sohoi::app
