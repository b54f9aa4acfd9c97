#pragma once
// Reading a request's bytes into its message, at the server's edge. gRPC's generated services do this
// before any of our code runs and answer bytes that are not the message with INTERNAL and no words, so a
// device could not tell its own fault from the server's. Here that is a refusal like any other: Malformed,
// which toGrpcStatus() answers INVALID_ARGUMENT, with words a person can act on. Thread-safe.
#include "domain/rejection.h"

#include <google/protobuf/message.h>
#include <grpcpp/support/byte_buffer.h>
#include <optional>

namespace sohoi::server {

/// Parses bytes into *out. Malformed when they are not that message: not protobuf, or a text field that
/// is not UTF-8 (protobuf refuses those in proto3 strings).
std::optional<Rejection> decodeRequest(grpc::ByteBuffer bytes, google::protobuf::Message* out);

}  // namespace sohoi::server
