#pragma once
// Bytes compressed with zlib (RFC 1950): how the plan's text travels to apps of schema 5 and later
// (PlanFile.text_zlib). The server compresses it once for every device instead of gRPC compressing the
// same text again in every answer, the largest part of a first sync's server time.
#include <QByteArray>
#include <optional>

namespace sohoi {

QByteArray zlibCompress(const QByteArray& bytes);
/// The bytes, or nothing when they are not a whole zlib stream or would grow past maxBytes (a damaged or
/// hostile answer must not exhaust a tablet's memory).
std::optional<QByteArray> zlibDecompress(const QByteArray& compressed, qsizetype maxBytes);

}  // namespace sohoi
