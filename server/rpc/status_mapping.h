#pragma once
// The one place a refusal becomes a gRPC status: the status code a client can act on, the bilingual
// message, and the reason name in the `sohoi-reason` trailing metadata.
#include "domain/rejection.h"

#include <chrono>
#include <grpcpp/grpcpp.h>

namespace sohoi::server {

/// The gRPC code for a whole-call refusal with this reason.
grpc::StatusCode grpcCodeFor(ReasonCode code);
/// Adds `sohoi-reason: <NAME>` to context's trailers and returns the status for rejection.
grpc::Status toGrpcStatus(grpc::CallbackServerContext* context, const Rejection& rejection);
/// Storage failed (busy, disk): UNAVAILABLE, which clients retry; every call is idempotent.
grpc::Status storageUnavailable(grpc::CallbackServerContext* context, const char* what);
/// Every worker busy and the queue full (rpc/work_pool.h, WorkPool::turnAway()): RESOURCE_EXHAUSTED with `sohoi-reason: SERVER_BUSY`
/// and `retry-after-ms: <retryAfter>`, the least a device waits before calling again (docs/sync.md).
/// Nothing of the call was done, so every call, enrolment included, may be sent again as it was.
grpc::Status serverBusy(grpc::CallbackServerContext* context, std::chrono::milliseconds retryAfter);

}  // namespace sohoi::server
