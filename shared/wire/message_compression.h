#pragma once
// When a message is worth gzip, on either side of a call: a server's answer and a device's request follow
// the same rule. Compressing a message sets up a fresh deflate state, a few hundred kilobytes allocated and
// cleared, whatever the size of the message. A pull's request, an enrolment, a day's acknowledgements: a few
// hundred bytes that gzip shortens by a hundred or two, for more work than the rest of the call on the side
// that sends them. Deflate also spends its work on every byte, and bytes already compressed (the plan's zlib
// text, a photo's JPEG) do not shrink. The bytes that matter on a village's link, pages of changes and a
// day's records, are far larger and mostly text.
#include <cstddef>

namespace sohoi {

/// Messages of fewer bytes than this travel uncompressed.
inline constexpr std::size_t kCompressMessagesFrom = 1024;

/// True when gzip is worth its work for a message of messageBytes, of which compressedBytes are compressed
/// already: it is not small, and less than half of it is compressed.
constexpr bool worthCompressing(std::size_t messageBytes, std::size_t compressedBytes = 0) {
  return messageBytes >= kCompressMessagesFrom && 2 * compressedBytes < messageBytes;
}

}  // namespace sohoi
