#include "call_auth.h"

#include "schema_version.h"

namespace sohoi::server {

std::optional<Rejection> checkClient(const v1::ClientInfo& client) {
  if (client.schema_version() == 0 || client.schema_version() < kMinSupportedSchemaVersion)
    return rejectionFor(ReasonCode::UpdateNeeded);
  return std::nullopt;
}

Result<Device> authenticateCall(Enrolment& enrolment, grpc::ServerContext* context) {
  const auto& metadata = context->client_metadata();
  const auto found = metadata.find("authorization");
  if (found == metadata.end()) return rejectionFor(ReasonCode::Unauthenticated);
  const QString value = QString::fromUtf8(found->second.data(), static_cast<qsizetype>(found->second.size()));
  const QString prefix = QStringLiteral("Bearer ");
  if (!value.startsWith(prefix, Qt::CaseInsensitive)) return rejectionFor(ReasonCode::Unauthenticated);
  return enrolment.authenticate(value.mid(prefix.size()).trimmed());
}

}  // namespace sohoi::server
