#include "status_mapping.h"

#include <QString>

namespace sohoi::server {

grpc::StatusCode grpcCodeFor(ReasonCode code) {
  switch (code) {
    case ReasonCode::None:
      return grpc::StatusCode::OK;
    case ReasonCode::UpdateNeeded:
    case ReasonCode::SequenceGap:
      return grpc::StatusCode::FAILED_PRECONDITION;
    case ReasonCode::Unauthenticated:
    case ReasonCode::Revoked:
    case ReasonCode::BadEnrolmentCode:
    case ReasonCode::ExpiredEnrolmentCode:
    case ReasonCode::SignInFailed:
    case ReasonCode::AccountLocked:
    case ReasonCode::SessionEnded:
    case ReasonCode::AccountDisabled:
      return grpc::StatusCode::UNAUTHENTICATED;
    case ReasonCode::OutOfScope:
    case ReasonCode::NotPermitted:
      return grpc::StatusCode::PERMISSION_DENIED;
    case ReasonCode::TooLarge:
    case ReasonCode::ServerBusy:
      return grpc::StatusCode::RESOURCE_EXHAUSTED;
    case ReasonCode::UnknownUnit:
    case ReasonCode::UnknownBase:
    case ReasonCode::NotFound:
      return grpc::StatusCode::NOT_FOUND;
    case ReasonCode::InvalidField:
    case ReasonCode::WrongUnitLevel:
    case ReasonCode::KindMismatch:
    case ReasonCode::IdReused:
    case ReasonCode::Malformed:
    case ReasonCode::ImplausibleTime:
      return grpc::StatusCode::INVALID_ARGUMENT;
  }
  return grpc::StatusCode::INVALID_ARGUMENT;
}

grpc::Status toGrpcStatus(grpc::CallbackServerContext* context, const Rejection& rejection) {
  if (rejection.code == ReasonCode::None) return grpc::Status::OK;
  context->AddTrailingMetadata("sohoi-reason", reasonCodeName(rejection.code).toStdString());
  return grpc::Status(grpcCodeFor(rejection.code), rejection.bilingual().toStdString());
}

grpc::Status storageUnavailable(grpc::CallbackServerContext* context, const char* what) {
  context->AddTrailingMetadata("sohoi-reason", "UNAVAILABLE");
  return grpc::Status(grpc::StatusCode::UNAVAILABLE,
                      QStringLiteral("Máy chủ tạm thời không lưu được, hãy thử lại / "
                                     "The server could not reach its storage, try again (%1)")
                          .arg(QString::fromUtf8(what))
                          .toStdString());
}

grpc::Status serverBusy(grpc::CallbackServerContext* context, std::chrono::milliseconds retryAfter) {
  context->AddTrailingMetadata("retry-after-ms", std::to_string(retryAfter.count()));
  return toGrpcStatus(context, rejectionFor(ReasonCode::ServerBusy));
}

}  // namespace sohoi::server
