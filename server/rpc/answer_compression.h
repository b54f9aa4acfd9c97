#pragma once
// Answers are gzip-compressed (the server's default) only when that is worth its work
// (wire/message_compression.h). Gzip over the acknowledgements of a day's push and over empty pulls was 4%
// of the server's CPU in a burst of daily syncs. A tablet's first answer (about 13 KB) is two thirds the
// plan's zlib text, and gzip over all of it saved 2 KB, once in the tablet's life, for about 0.3 ms of the
// server's CPU, a tenth of a first sync's.
#include <cstddef>

namespace grpc {
class ServerContextBase;
}

namespace sohoi::v1 {
class PullResponse;
class PushResponse;
}  // namespace sohoi::v1

namespace sohoi::server {

/// The bytes of an answer that are compressed already; most answers hold none.
template <class Answer>
std::size_t compressedBytesIn(const Answer&) {
  return 0;
}
/// A pull's reference data carries the plan's text compressed (PlanFile.text_zlib).
std::size_t compressedBytesIn(const v1::PullResponse& answer);
/// A push's answer may carry a pull's page (PushResponse.pulled).
std::size_t compressedBytesIn(const v1::PushResponse& answer);

/// Sends an answer of answerBytes, compressedBytes of them compressed already, uncompressed unless
/// worthCompressing() says gzip is worth it; other answers keep the call's algorithm.
/// REQUIRES: called before the call's initial metadata is sent (a unary call: before it finishes).
void chooseAnswerCompression(grpc::ServerContextBase* context, std::size_t answerBytes,
                             std::size_t compressedBytes = 0);

}  // namespace sohoi::server
