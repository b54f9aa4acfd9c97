#include "rpc/answer_compression.h"

#include <catch2/catch.hpp>

#include <grpcpp/server_context.h>

using sohoi::server::chooseAnswerCompression;
using sohoi::server::kCompressAnswersFrom;

TEST_CASE("small answers travel uncompressed, larger ones keep gzip", "[compression]") {
  grpc::ServerContext small;
  small.set_compression_algorithm(GRPC_COMPRESS_GZIP);  // as the server sets every call
  chooseAnswerCompression(&small, kCompressAnswersFrom - 1);
  CHECK(small.compression_algorithm() == GRPC_COMPRESS_NONE);

  grpc::ServerContext large;
  large.set_compression_algorithm(GRPC_COMPRESS_GZIP);
  chooseAnswerCompression(&large, kCompressAnswersFrom);
  CHECK(large.compression_algorithm() == GRPC_COMPRESS_GZIP);
}
