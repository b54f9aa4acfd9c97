#pragma once
// What every device call checks first, shared by SyncService and ReportService: the app's schema version,
// then the credential in `authorization: Bearer <token>` metadata.
#include "sync/enrolment.h"

#include "sohoi/v1/sync.pb.h"

#include <grpcpp/grpcpp.h>
#include <optional>

namespace sohoi::server {

/// UPDATE_NEEDED for an app too old (or silent about its version) to sync safely.
std::optional<Rejection> checkClient(const v1::ClientInfo& client);
/// The device named by the call's bearer credential.
Result<Device> authenticateCall(Enrolment& enrolment, grpc::ServerContext* context);

}  // namespace sohoi::server
