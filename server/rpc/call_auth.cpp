#include "call_auth.h"

#include "accounts/sessions.h"

#include "schema_version.h"

namespace sohoi::server {

std::optional<Rejection> checkClient(const v1::ClientInfo& client) {
  if (client.schema_version() == 0 || client.schema_version() < kMinSupportedSchemaVersion)
    return rejectionFor(ReasonCode::UpdateNeeded);
  return std::nullopt;
}

QString bearerToken(grpc::CallbackServerContext* context) {
  const auto& metadata = context->client_metadata();
  const auto found = metadata.find("authorization");
  if (found == metadata.end()) return {};
  const QString value = QString::fromUtf8(found->second.data(), static_cast<qsizetype>(found->second.size()));
  const QString prefix = QStringLiteral("Bearer ");
  if (!value.startsWith(prefix, Qt::CaseInsensitive)) return {};
  return value.mid(prefix.size()).trimmed();
}

Result<Caller> authenticateCaller(Enrolment& enrolment, grpc::CallbackServerContext* context) {
  const QString token = bearerToken(context);
  if (Sessions::isSessionToken(token)) return Sessions(enrolment.database()).authenticate(token);
  Result<Device> device = enrolment.authenticate(token);
  if (!device) return device.error();
  return Caller{device.value(), QString()};
}

Result<Device> authenticateCall(Enrolment& enrolment, grpc::CallbackServerContext* context) {
  Result<Caller> caller = authenticateCaller(enrolment, context);
  if (!caller) return caller.error();
  return caller.value().device;
}

}  // namespace sohoi::server
