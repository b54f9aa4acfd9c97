#include "rpc/answer_compression.h"

#include <catch2/catch.hpp>

#include <grpcpp/server_context.h>

#include "sohoi/v1/sync.pb.h"
#include "wire/message_compression.h"

using sohoi::server::chooseAnswerCompression;
using sohoi::server::compressedBytesIn;
using sohoi::kCompressMessagesFrom;

TEST_CASE("small answers travel uncompressed, larger ones keep gzip", "[compression]") {
  grpc::ServerContext small;
  small.set_compression_algorithm(GRPC_COMPRESS_GZIP);  // as the server sets every call
  chooseAnswerCompression(&small, kCompressMessagesFrom - 1);
  CHECK(small.compression_algorithm() == GRPC_COMPRESS_NONE);

  grpc::ServerContext large;
  large.set_compression_algorithm(GRPC_COMPRESS_GZIP);
  chooseAnswerCompression(&large, kCompressMessagesFrom);
  CHECK(large.compression_algorithm() == GRPC_COMPRESS_GZIP);
}

TEST_CASE("an answer that is mostly compressed already travels as it is", "[compression]") {
  grpc::ServerContext mostlyCompressed;
  mostlyCompressed.set_compression_algorithm(GRPC_COMPRESS_GZIP);
  chooseAnswerCompression(&mostlyCompressed, 13000, 6500);
  CHECK(mostlyCompressed.compression_algorithm() == GRPC_COMPRESS_NONE);

  grpc::ServerContext mostlyText;
  mostlyText.set_compression_algorithm(GRPC_COMPRESS_GZIP);
  chooseAnswerCompression(&mostlyText, 13000, 6499);
  CHECK(mostlyText.compression_algorithm() == GRPC_COMPRESS_GZIP);
}

TEST_CASE("a pull's compressed bytes are its plan's zlib text", "[compression]") {
  sohoi::v1::PullResponse pull;
  pull.add_changes()->set_head_version_id(std::string(16, 'x'));
  CHECK(compressedBytesIn(pull) == 0);
  pull.mutable_reference()->mutable_plan()->set_text_zlib(std::string(8693, 'z'));
  CHECK(compressedBytesIn(pull) == 8693);
  CHECK(compressedBytesIn(sohoi::v1::PushResponse{}) == 0);
}
