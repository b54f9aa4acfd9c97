#include "sync/rpc_call.h"
#include "wire/message_compression.h"

#include <catch2/catch.hpp>

using sohoi::kCompressMessagesFrom;
using sohoi::client::prepareCall;

namespace {

grpc_compression_algorithm compressionOf(std::size_t requestBytes, std::size_t compressedBytes = 0) {
  grpc::ClientContext context;
  prepareCall(&context, std::chrono::seconds(5), {}, requestBytes, compressedBytes);
  return context.compression_algorithm();
}

}  // namespace

// The channel's default is gzip: a request must be told otherwise to travel as it is.
TEST_CASE("a small request travels uncompressed, a larger one with gzip", "[compression]") {
  CHECK(compressionOf(60) == GRPC_COMPRESS_NONE);  // a pull's request, an enrolment
  CHECK(compressionOf(kCompressMessagesFrom - 1) == GRPC_COMPRESS_NONE);
  CHECK(compressionOf(kCompressMessagesFrom) == GRPC_COMPRESS_GZIP);
  CHECK(compressionOf(6000) == GRPC_COMPRESS_GZIP);  // a day's twenty records
}

TEST_CASE("a request that is mostly compressed already travels as it is", "[compression]") {
  CHECK(compressionOf(300000, 300000) == GRPC_COMPRESS_NONE);  // a photo's JPEG
  CHECK(compressionOf(13000, 6500) == GRPC_COMPRESS_NONE);
  CHECK(compressionOf(13000, 6499) == GRPC_COMPRESS_GZIP);
}
