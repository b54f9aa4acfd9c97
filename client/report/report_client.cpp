#include "report_client.h"

#include "progress_codec.h"

#include "sohoi/v1/report.grpc.pb.h"
#include "sync/rpc_call.h"

#include <grpcpp/grpcpp.h>

namespace sohoi::client {

namespace {

v1::ExportFormat toProto(ExportFormat format) {
  switch (format) {
    case ExportFormat::Pdf: return v1::EXPORT_FORMAT_PDF;
    case ExportFormat::ProgressCsv: return v1::EXPORT_FORMAT_PROGRESS_CSV;
    case ExportFormat::RecordsCsv: return v1::EXPORT_FORMAT_RECORDS_CSV;
  }
  return v1::EXPORT_FORMAT_UNSPECIFIED;
}

// The server refuses an export in one "vi / en" sentence that says exactly what is wrong (no plan for 2022,
// a fifth quarter); toRpcError's words name only the reason, so a refusal keeps the server's sentence.
RpcError exportRefusal(const grpc::Status& status, const grpc::ClientContext& context) {
  RpcError error = toRpcError(status, context);
  const QString said = QString::fromStdString(status.error_message());
  const qsizetype split = said.indexOf(QStringLiteral(" / "));
  if (!error.transient && split > 0) {
    error.messageVi = said.left(split);
    error.messageEn = said.mid(split + 3);
  }
  return error;
}

// A stream that ends well but short of the size its first chunk announced: a broken server, or a proxy
// cutting the stream. Saving it would hand the user a corrupt PDF.
RpcError incompleteFile() {
  RpcError error;
  error.transient = true;
  error.reasonName = QStringLiteral("INCOMPLETE_FILE");
  error.messageVi = QStringLiteral("Tệp báo cáo nhận về không trọn vẹn; hãy thử lại");
  error.messageEn = QStringLiteral("The report file arrived incomplete; try again");
  return error;
}

// Chunks are 256 KiB; a size beyond this is not trusted for reserving memory up front.
constexpr quint64 kMostReserved = 64 * 1024 * 1024;

}  // namespace

struct ReportClient::Stub {
  std::unique_ptr<v1::ReportService::Stub> stub;
};

ReportClient::ReportClient(std::shared_ptr<grpc::Channel> channel, Options options)
    : stub_(std::make_unique<Stub>(Stub{v1::ReportService::NewStub(std::move(channel))})),
      options_(std::move(options)) {}

ReportClient::ReportClient(std::shared_ptr<grpc::Channel> channel) : ReportClient(std::move(channel), Options{}) {}

ReportClient::~ReportClient() = default;

RpcResult<ProgressAnswer> ReportClient::getProgress(const QString& unitId, int childDepth, const QString& asOf) {
  v1::GetProgressRequest request;
  fillClientInfo(request.mutable_client(), options_.appVersion);
  request.set_unit_id(unitId.toStdString());
  request.set_child_depth(static_cast<quint32>(std::max(0, childDepth)));
  request.set_as_of(asOf.toStdString());
  v1::GetProgressResponse response;
  grpc::ClientContext context;
  prepareCall(&context, options_.deadline, credential_, request.ByteSizeLong());
  const grpc::Status status = stub_->stub->GetProgress(&context, request, &response);
  if (!status.ok()) return RpcResult<ProgressAnswer>::failure(toRpcError(status, context));
  return RpcResult<ProgressAnswer>::success(fromProto(response));
}

RpcResult<ExportedFile> ReportClient::exportReport(const QString& unitId, int year, int quarter, ExportFormat format,
                                                   RecordKind kind, const ExportProgress& progress) {
  v1::ExportReportRequest request;
  fillClientInfo(request.mutable_client(), options_.appVersion);
  request.set_unit_id(unitId.toStdString());
  request.set_year(year);
  request.set_quarter(static_cast<quint32>(std::max(0, quarter)));
  request.set_format(toProto(format));
  if (format == ExportFormat::RecordsCsv) request.set_kind(recordKindName(kind).toStdString());
  grpc::ClientContext context;
  prepareCall(&context, options_.exportDeadline, credential_, request.ByteSizeLong());
  std::unique_ptr<grpc::ClientReader<v1::ExportReportChunk>> reader = stub_->stub->ExportReport(&context, request);
  ExportedFile file;
  quint64 total = 0;
  v1::ExportReportChunk chunk;
  for (bool first = true; reader->Read(&chunk); first = false) {
    if (first) {
      file.fileName = QString::fromStdString(chunk.file_name());
      file.contentType = QString::fromStdString(chunk.content_type());
      total = chunk.total_bytes();
      file.bytes.reserve(static_cast<qsizetype>(std::min(total, kMostReserved)));
    }
    file.bytes.append(chunk.data().data(), static_cast<qsizetype>(chunk.data().size()));
    if (progress) progress(file.bytes.size(), static_cast<qint64>(total));
  }
  const grpc::Status status = reader->Finish();
  if (!status.ok()) return RpcResult<ExportedFile>::failure(exportRefusal(status, context));
  if (file.fileName.isEmpty() || static_cast<quint64>(file.bytes.size()) != total)
    return RpcResult<ExportedFile>::failure(incompleteFile());
  return RpcResult<ExportedFile>::success(std::move(file));
}

}  // namespace sohoi::client
