#include "local_progress.h"

#include "unit_progress.h"

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

}  // namespace

client::RpcResult<client::ProgressAnswer> progressFromStore(const QString& storePath, const QString& unitId,
                                                           int childDepth, const QString& asOf) {
  client::Status status;
  const std::unique_ptr<client::LocalStore> store = client::LocalStore::open(storePath, &status);
  if (!store) return client::RpcResult<client::ProgressAnswer>::failure(failure(status.messageVi(), status.messageEn()));
  QString errorVi = QStringLiteral("Chưa có kế hoạch");
  QString errorEn = QStringLiteral("No plan yet");
  const QDate day = asOf.isEmpty() ? QDate::currentDate() : QDate::fromString(asOf, Qt::ISODate);
  const std::unique_ptr<plan::ProgressEngine> engine = progressEngineOf(*store, day, &errorVi, &errorEn);
  if (!engine) return client::RpcResult<client::ProgressAnswer>::failure(failure(errorVi, errorEn));
  client::ProgressAnswer answer;
  answer.plan = planInfo(engine->plan());
  answer.unit = engine->progress(unitId.isEmpty() ? store->account().unitId : unitId, childDepth);
  answer.asOf = engine->asOf();
  answer.serverTimeMs = QDateTime::currentMSecsSinceEpoch();
  return client::RpcResult<client::ProgressAnswer>::success(std::move(answer));
}

}  // namespace sohoi::app
