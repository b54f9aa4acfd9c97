#pragma once
// The one conversion between ReportService's wire form and ProgressAnswer. The device keeps the last
// answers for offline reading in their wire form: protobuf's rule that fields are only added lets an
// answer kept by an older app still be read after an update.
#include "progress_answer.h"

#include <QByteArray>
#include <optional>

namespace sohoi::v1 {
class GetProgressResponse;
}

namespace sohoi::client {

/// The answer in domain types.
ProgressAnswer fromProto(const v1::GetProgressResponse& response);
/// The answer as GetProgressResponse bytes.
QByteArray encodeProgressAnswer(const ProgressAnswer& answer);
/// Bytes from encodeProgressAnswer (or the server) read back; nullopt when they do not parse.
std::optional<ProgressAnswer> decodeProgressAnswer(const QByteArray& bytes);

}  // namespace sohoi::client
