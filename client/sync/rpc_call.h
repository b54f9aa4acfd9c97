#pragma once
// What every call from this side to the server shares, whichever service it goes to: the ClientInfo,
// the deadline, gzip when it is worth it and the bearer token on the way out, and one mapping of a failed
// call to RpcError on the way back. Used by SyncClient and AdminClient, so both services fail in the same
// words.
#include "sync_transport.h"

#include "sohoi/v1/sync.pb.h"

#include <chrono>
#include <cstddef>
#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>

namespace sohoi::client {

/// Fills info with this app's schema version, appVersion and the device's clock.
void fillClientInfo(v1::ClientInfo* info, const QString& appVersion);
/// Sets the deadline, the request's compression and, when credential is not empty,
/// `authorization: Bearer <credential>`. The request, of requestBytes with compressedBytes of them compressed
/// already, travels gzip-compressed only when worthCompressing() says so (wire/message_compression.h); the
/// answer's compression is the server's to choose.
void prepareCall(grpc::ClientContext* context, std::chrono::milliseconds deadline, const QString& credential,
                 std::size_t requestBytes, std::size_t compressedBytes = 0);
/// The server's own time for a finished call, as its answer's trailing metadata told it
/// (wire/server_timing.h); zero when it did not.
std::chrono::microseconds serverTimeOf(const grpc::ClientContext& context);
/// A failed call in words for a person (Vietnamese and English), with the server's reason and whether
/// trying again may help.
RpcError toRpcError(const grpc::Status& status, const grpc::ClientContext& context);

}  // namespace sohoi::client
