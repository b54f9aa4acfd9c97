#include "report_service.h"

#include "call_auth.h"
#include "request_limits.h"
#include "status_mapping.h"

#include "storage/storage_error.h"
#include "storage/transaction.h"

#include "sohoi/v1/report.grpc.pb.h"

#include <QDateTime>

namespace sohoi::server {

namespace {

// A reading date that is not a day, or not one of the plan's year: the caller asked for figures that
// do not exist, so it is told rather than answered for another day.
Rejection badReadingDate(const std::string& asOf, int planYear) {
  const QString text = QString::fromStdString(asOf);
  Rejection rejection{ReasonCode::InvalidField, QStringLiteral("as_of"), {}, {}};
  if (planYear == 0) {
    rejection.messageVi = QStringLiteral("Ngày lấy số liệu (as_of) \"%1\" không đúng dạng năm-tháng-ngày (yyyy-MM-dd)").arg(text);
    rejection.messageEn = QStringLiteral("Reading date (as_of) \"%1\" is not a day as yyyy-MM-dd").arg(text);
  } else {
    rejection.messageVi = QStringLiteral("Ngày lấy số liệu (as_of) %1 nằm ngoài năm của kế hoạch (%2)").arg(text).arg(planYear);
    rejection.messageEn = QStringLiteral("Reading date (as_of) %1 is outside the plan's year (%2)").arg(text).arg(planYear);
  }
  return rejection;
}

}  // namespace

grpc::Status noPlan(grpc::CallbackServerContext* context, const QString& message) {
  context->AddTrailingMetadata("sohoi-reason", "NO_PLAN");
  return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, message.toStdString());
}

void toProto(const plan::Plan& plan, v1::PlanInfo* out) {
  out->set_province_id(plan.provinceId.toStdString());
  out->set_year(plan.year);
  out->set_title_vi(plan.titleVi.toStdString());
  out->set_title_en(plan.titleEn.toStdString());
  for (const plan::Indicator& indicator : plan.indicators) {
    v1::IndicatorInfo* info = out->add_indicators();
    info->set_id(indicator.id.toStdString());
    info->set_group(static_cast<quint32>(indicator.group));
    info->set_title_vi(indicator.titleVi.toStdString());
    info->set_title_en(indicator.titleEn.toStdString());
    info->set_level(static_cast<v1::UnitLevel>(indicator.level));
    info->set_shape(plan::shapeName(indicator.measure.shape).toStdString());
    info->set_period(indicator.period == plan::Period::Quarter ? "quarter" : "year");
  }
}

ReportService::ReportService(Database& database, OrgTreeCache& trees, ProgressService& progress, WorkPool& pool)
    : DecodingService(pool),
      database_(database), trees_(trees), progress_(progress), enrolment_(database) {
  addUnaryMethod(v1::ReportService::service_full_name(), "GetProgress", &ReportService::GetProgress);
  addServerStreamingMethod(v1::ReportService::service_full_name(), "ExportReport", &ReportService::ExportReport);
}

std::optional<QString> ReportService::unitInScope(grpc::CallbackServerContext* context, const std::string& requested,
                                                  grpc::Status* refusal) {
  Result<Device> device = authenticateCall(enrolment_, context);
  if (!device) {
    *refusal = toGrpcStatus(context, device.error());
    return std::nullopt;
  }
  const Device& caller = device.value();
  const QString unitId = requested.empty() ? caller.unitId : QString::fromStdString(requested);
  Transaction tx(database_, Transaction::Mode::Read);
  std::shared_ptr<const OrgTree> tree = trees_.get(tx);
  tx.commit();
  if (!tree->contains(unitId)) *refusal = toGrpcStatus(context, rejectionFor(ReasonCode::UnknownUnit, unitId));
  else if (!tree->isWithin(unitId, caller.unitId))
    *refusal = toGrpcStatus(context, rejectionFor(ReasonCode::OutOfScope, unitId));
  else return unitId;
  return std::nullopt;
}

grpc::Status ReportService::GetProgress(grpc::CallbackServerContext* context, const v1::GetProgressRequest* request,
                                        v1::GetProgressResponse* response) {
  if (auto rejection = checkClient(request->client())) return toGrpcStatus(context, *rejection);
  if (auto rejection = checkLimits(*request)) return toGrpcStatus(context, *rejection);
  QDate asOf;
  if (!request->as_of().empty()) {
    asOf = QDate::fromString(QString::fromStdString(request->as_of()), QStringLiteral("yyyy-MM-dd"));
    if (!asOf.isValid()) return toGrpcStatus(context, badReadingDate(request->as_of(), 0));
  }
  try {
    grpc::Status refusal;
    const std::optional<QString> unitId = unitInScope(context, request->unit_id(), &refusal);
    if (!unitId) return refusal;
    const int depth = static_cast<int>(std::min<quint32>(request->child_depth(), kMaxChildDepth));
    QString error;
    std::optional<ProgressReport> report = progress_.report(*unitId, depth, asOf, &error);
    if (!report) return noPlan(context, error);
    if (asOf.isValid() && asOf.year() != report->plan.year)
      return toGrpcStatus(context, badReadingDate(request->as_of(), report->plan.year));
    toProto(report->plan, response->mutable_plan());
    toProto(report->unit, response->mutable_unit());
    response->set_as_of(report->asOf.toString(Qt::ISODate).toStdString());
    response->set_server_time_ms(static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()));
    return grpc::Status::OK;
  } catch (const StorageError& failure) {
    return storageUnavailable(context, failure.what());
  }
}

}  // namespace sohoi::server
