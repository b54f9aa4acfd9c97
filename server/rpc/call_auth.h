#pragma once
// What every call checks first, shared by SyncService, ReportService and AdminService: the app's schema
// version, then the bearer token in `authorization: Bearer <token>` metadata — a device credential or a
// signed-in session's token, either of which names a device with a role and a unit.
#include "accounts/caller.h"
#include "sync/enrolment.h"

#include "sohoi/v1/sync.pb.h"

#include <grpcpp/grpcpp.h>
#include <optional>

namespace sohoi::server {

/// UPDATE_NEEDED for an app too old (or silent about its version) to sync safely.
std::optional<Rejection> checkClient(const v1::ClientInfo& client);
/// The caller named by the call's bearer token: a device, or a session and its workstation device.
Result<Caller> authenticateCaller(Enrolment& enrolment, grpc::CallbackServerContext* context);
/// The device named by the call's bearer token (for a session, its workstation device).
Result<Device> authenticateCall(Enrolment& enrolment, grpc::CallbackServerContext* context);
/// The bearer token of the call; empty when it has none.
QString bearerToken(grpc::CallbackServerContext* context);

}  // namespace sohoi::server
