#include "answer_compression.h"

#include <grpcpp/server_context.h>

namespace sohoi::server {

void chooseAnswerCompression(grpc::ServerContextBase* context, std::size_t answerBytes) {
  if (answerBytes < kCompressAnswersFrom) context->set_compression_algorithm(GRPC_COMPRESS_NONE);
}

}  // namespace sohoi::server
