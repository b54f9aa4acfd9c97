#include "rpc_call.h"

#include "schema_version.h"
#include "wire/message_compression.h"
#include "wire/server_timing.h"

#include <QDateTime>

namespace sohoi::client {

namespace {

ReasonCode reasonFromName(const std::string& name) { return reasonCodeFromName(QString::fromStdString(name)); }

QString grpcCodeName(grpc::StatusCode code) {
  switch (code) {
    case grpc::StatusCode::UNAVAILABLE: return QStringLiteral("UNAVAILABLE");
    case grpc::StatusCode::DEADLINE_EXCEEDED: return QStringLiteral("DEADLINE_EXCEEDED");
    case grpc::StatusCode::RESOURCE_EXHAUSTED: return QStringLiteral("RESOURCE_EXHAUSTED");
    case grpc::StatusCode::ABORTED: return QStringLiteral("ABORTED");
    case grpc::StatusCode::UNAUTHENTICATED: return QStringLiteral("UNAUTHENTICATED");
    case grpc::StatusCode::PERMISSION_DENIED: return QStringLiteral("PERMISSION_DENIED");
    case grpc::StatusCode::INVALID_ARGUMENT: return QStringLiteral("INVALID_ARGUMENT");
    case grpc::StatusCode::FAILED_PRECONDITION: return QStringLiteral("FAILED_PRECONDITION");
    case grpc::StatusCode::NOT_FOUND: return QStringLiteral("NOT_FOUND");
    case grpc::StatusCode::UNIMPLEMENTED: return QStringLiteral("UNIMPLEMENTED");
    default: return QStringLiteral("GRPC_%1").arg(static_cast<int>(code));
  }
}

}  // namespace

// One place that turns a failed call into words and a retry decision.
RpcError toRpcError(const grpc::Status& status, const grpc::ClientContext& context) {
  RpcError error;
  error.grpcCode = static_cast<int>(status.error_code());
  const grpc::StatusCode code = status.error_code();
  const auto& trailers = context.GetServerTrailingMetadata();
  if (auto it = trailers.find("sohoi-reason"); it != trailers.end())
    error.reason = reasonFromName(std::string(it->second.data(), it->second.size()));
  if (error.reason == ReasonCode::None && status.error_code() == grpc::StatusCode::UNAUTHENTICATED)
    error.reason = ReasonCode::Unauthenticated;
  error.transient = code == grpc::StatusCode::UNAVAILABLE || code == grpc::StatusCode::DEADLINE_EXCEEDED ||
                    code == grpc::StatusCode::ABORTED ||
                    (code == grpc::StatusCode::RESOURCE_EXHAUSTED && error.reason != ReasonCode::TooLarge);
  if (auto it = trailers.find("retry-after-ms"); it != trailers.end() && code == grpc::StatusCode::RESOURCE_EXHAUSTED) {
    bool ok = false;
    const qint64 ms = QByteArray(it->second.data(), static_cast<qsizetype>(it->second.size())).toLongLong(&ok);
    if (ok && ms > 0) error.retryAfter = std::chrono::milliseconds(ms);
  }
  error.reasonName = error.reason != ReasonCode::None ? reasonCodeName(error.reason) : grpcCodeName(code);
  const QString detail = QString::fromStdString(status.error_message());
  if (error.reason != ReasonCode::None) {
    const Rejection words = rejectionFor(error.reason);
    error.messageVi = words.messageVi;
    error.messageEn = words.messageEn;
  } else if (code == grpc::StatusCode::UNAVAILABLE) {
    error.messageVi = QStringLiteral("Không kết nối được máy chủ; sẽ thử lại sau");
    error.messageEn = QStringLiteral("Cannot reach the server; will try again later");
  } else if (code == grpc::StatusCode::DEADLINE_EXCEEDED) {
    error.messageVi = QStringLiteral("Máy chủ không trả lời kịp; sẽ thử lại sau");
    error.messageEn = QStringLiteral("The server did not answer in time; will try again later");
  } else {
    error.messageVi = QStringLiteral("Máy chủ từ chối yêu cầu (%1): %2").arg(error.reasonName, detail);
    error.messageEn = QStringLiteral("The server refused the request (%1): %2").arg(error.reasonName, detail);
  }
  return error;
}

std::chrono::microseconds serverTimeOf(const grpc::ClientContext& context) {
  const auto& trailers = context.GetServerTrailingMetadata();
  const auto it = trailers.find(kServerTimingKey);
  if (it == trailers.end()) return {};
  return parseServerTiming(std::string_view(it->second.data(), it->second.size()))
      .value_or(std::chrono::microseconds{0});
}

void fillClientInfo(v1::ClientInfo* info, const QString& appVersion) {
  info->set_schema_version(kSchemaVersion);
  info->set_app_version(appVersion.toStdString());
  info->set_device_time_ms(static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()));
}

void prepareCall(grpc::ClientContext* context, std::chrono::milliseconds deadline, const QString& credential,
                 std::size_t requestBytes, std::size_t compressedBytes) {
  context->set_deadline(std::chrono::system_clock::now() + deadline);
  context->set_compression_algorithm(worthCompressing(requestBytes, compressedBytes) ? GRPC_COMPRESS_GZIP
                                                                                     : GRPC_COMPRESS_NONE);
  if (!credential.isEmpty())
    context->AddMetadata("authorization", "Bearer " + credential.toStdString());
}

}  // namespace sohoi::client
