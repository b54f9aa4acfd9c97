#pragma once
// Answers are gzip-compressed (the server's default) only when that is worth its work. Compressing a
// message sets up a fresh deflate state, a few hundred kilobytes allocated and cleared, whatever the size of
// the message: for the acknowledgements of a day's push and an empty pull, a few hundred bytes that gzip
// shortens by a hundred or two, that was 4% of the server's CPU in a burst of daily syncs. The bytes that
// matter on a village's link (a first sync's reference data, pages of changes) are far larger.
#include <cstddef>

namespace grpc {
class ServerContextBase;
}

namespace sohoi::server {

/// Answers of fewer bytes than this travel uncompressed.
inline constexpr std::size_t kCompressAnswersFrom = 1024;

/// Sends an answer of answerBytes uncompressed when it is small; larger answers keep the call's algorithm.
/// REQUIRES: called before the call's initial metadata is sent (a unary call: before it finishes).
void chooseAnswerCompression(grpc::ServerContextBase* context, std::size_t answerBytes);

}  // namespace sohoi::server
