#include "answer_compression.h"

#include <grpcpp/server_context.h>

#include "sohoi/v1/sync.pb.h"
#include "wire/message_compression.h"

namespace sohoi::server {

std::size_t compressedBytesIn(const v1::PullResponse& answer) {
  return answer.has_reference() ? answer.reference().plan().text_zlib().size() : 0;
}

std::size_t compressedBytesIn(const v1::PushResponse& answer) {
  return answer.has_pulled() ? compressedBytesIn(answer.pulled()) : 0;
}

void chooseAnswerCompression(grpc::ServerContextBase* context, std::size_t answerBytes,
                             std::size_t compressedBytes) {
  if (!worthCompressing(answerBytes, compressedBytes)) context->set_compression_algorithm(GRPC_COMPRESS_NONE);
}

}  // namespace sohoi::server
