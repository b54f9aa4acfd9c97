// ReportService::ExportReport: a report file for the workspace (report/report_file.h), streamed in chunks
// because a province's records run to megabytes and gRPC refuses messages over 4 MB.
#include "report_service.h"

#include "call_auth.h"
#include "request_limits.h"
#include "status_mapping.h"

#include "report/report_file.h"
#include "storage/storage_error.h"

#include <QDate>
#include <algorithm>

namespace sohoi::server {

namespace {

Rejection invalid(const char* field, const QString& vi, const QString& en) {
  return Rejection{ReasonCode::InvalidField, QString::fromLatin1(field), vi, en};
}

// What the request asks for in domain terms, or why it does not make sense.
struct ExportAsked {
  ReportPeriod period;
  ReportFormat format = ReportFormat::Pdf;
  RecordKind kind = RecordKind::Activity;
};

std::variant<ExportAsked, Rejection> exportAsked(const v1::ExportReportRequest& request) {
  ExportAsked asked;
  switch (request.format()) {
    case v1::EXPORT_FORMAT_PDF: asked.format = ReportFormat::Pdf; break;
    case v1::EXPORT_FORMAT_PROGRESS_CSV: asked.format = ReportFormat::ProgressCsv; break;
    case v1::EXPORT_FORMAT_RECORDS_CSV: asked.format = ReportFormat::RecordsCsv; break;
    default:
      return invalid("format", QStringLiteral("Cần chọn định dạng báo cáo (PDF, CSV tiến độ, CSV hồ sơ)"),
                     QStringLiteral("A report format is needed (PDF, progress CSV, records CSV)"));
  }
  if (asked.format == ReportFormat::RecordsCsv) {
    const std::optional<RecordKind> kind = recordKindFromName(QString::fromStdString(request.kind()));
    if (!kind)
      return invalid("kind", QStringLiteral("Loại hồ sơ không rõ \"%1\"").arg(QString::fromStdString(request.kind())),
                     QStringLiteral("Unknown record kind \"%1\"").arg(QString::fromStdString(request.kind())));
    asked.kind = *kind;
  }
  // Checked here rather than by ReportPeriod: a uint32 past INT_MAX must not wrap into a valid quarter.
  asked.period = {request.year(), static_cast<int>(std::min<quint32>(request.quarter(), 5))};
  if (std::optional<ReportProblem> problem = asked.period.problem())
    return invalid(request.quarter() > 4 ? "quarter" : "year", problem->messageVi, problem->messageEn);
  return asked;
}

grpc::Status refusalFor(grpc::CallbackServerContext* context, const ReportProblem& problem, const QString& unitId) {
  switch (problem.reason) {
    case ReportRefusal::NoPlan:
      return noPlan(context, problem.bilingual());
    case ReportRefusal::UnknownUnit:
      return toGrpcStatus(context, rejectionFor(ReasonCode::UnknownUnit, unitId));
    case ReportRefusal::BadPeriod:
      return toGrpcStatus(context, invalid("year", problem.messageVi, problem.messageEn));
    case ReportRefusal::CannotRender:
      break;
  }
  return grpc::Status(grpc::StatusCode::INTERNAL, problem.bilingual().toStdString());
}

}  // namespace

grpc::Status ReportService::ExportReport(grpc::CallbackServerContext* context, const v1::ExportReportRequest* request,
                                         const StreamSender<v1::ExportReportChunk>& send) {
  if (auto rejection = checkClient(request->client())) return toGrpcStatus(context, *rejection);
  if (auto rejection = checkLimits(*request)) return toGrpcStatus(context, *rejection);
  std::variant<ExportAsked, Rejection> asked = exportAsked(*request);
  if (auto* rejection = std::get_if<Rejection>(&asked)) return toGrpcStatus(context, *rejection);
  const ExportAsked& what = std::get<ExportAsked>(asked);
  try {
    grpc::Status refusal;
    const std::optional<QString> unitId = unitInScope(context, request->unit_id(), &refusal);
    if (!unitId) return refusal;
    auto made = makeReportFile(database_, *unitId, what.period, what.format, what.kind, QDate::currentDate());
    if (auto* problem = std::get_if<ReportProblem>(&made)) return refusalFor(context, *problem, *unitId);
    const ReportFile& file = std::get<ReportFile>(made);
    qsizetype offset = 0;
    do {
      v1::ExportReportChunk chunk;
      if (offset == 0) {
        chunk.set_file_name(file.fileName.toStdString());
        chunk.set_content_type(file.contentType.toStdString());
        chunk.set_total_bytes(static_cast<quint64>(file.bytes.size()));
      }
      const qsizetype length = std::min<qsizetype>(kExportChunkBytes, file.bytes.size() - offset);
      chunk.set_data(file.bytes.constData() + offset, static_cast<size_t>(length));
      offset += length;
      if (!send(chunk)) return grpc::Status(grpc::StatusCode::CANCELLED, "client went away");
    } while (offset < file.bytes.size());
    return grpc::Status::OK;
  } catch (const StorageError& failure) {
    return storageUnavailable(context, failure.what());
  }
}

}  // namespace sohoi::server
