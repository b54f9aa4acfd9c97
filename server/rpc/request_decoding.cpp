#include "request_decoding.h"

#include <google/protobuf/stubs/logging.h>
#include <grpcpp/support/proto_buffer_reader.h>

namespace sohoi::server {

std::optional<Rejection> decodeRequest(grpc::ByteBuffer bytes, google::protobuf::Message* out) {
  // Protobuf logs a line for every string that is not UTF-8. The sender is told instead, and a hostile
  // client must not be able to fill the server's log (or stall the server once nobody reads its stderr).
  const google::protobuf::LogSilencer quiet;
  grpc::ProtoBufferReader reader(&bytes);
  if (out->ParseFromZeroCopyStream(&reader) && reader.status().ok()) return std::nullopt;
  return Rejection{
      ReasonCode::Malformed, QString(),
      QStringLiteral("Yêu cầu không đọc được (không phải protobuf hợp lệ hoặc văn bản không phải UTF-8)"),
      QStringLiteral("The request could not be decoded (not valid protobuf, or text that is not UTF-8)")};
}

}  // namespace sohoi::server
