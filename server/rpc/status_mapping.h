#pragma once
// The one place a refusal becomes a gRPC status: the status code a client can act on, the bilingual
// message, and the reason name in the `sohoi-reason` trailing metadata.
#include "domain/rejection.h"

#include <grpcpp/grpcpp.h>

namespace sohoi::server {

/// The gRPC code for a whole-call refusal with this reason.
grpc::StatusCode grpcCodeFor(ReasonCode code);
/// Adds `sohoi-reason: <NAME>` to context's trailers and returns the status for rejection.
grpc::Status toGrpcStatus(grpc::ServerContext* context, const Rejection& rejection);
/// Storage failed (busy, disk): UNAVAILABLE, which clients retry; every call is idempotent.
grpc::Status storageUnavailable(grpc::ServerContext* context, const char* what);

}  // namespace sohoi::server
