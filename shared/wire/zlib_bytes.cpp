#include "zlib_bytes.h"

#include <zlib.h>

#include <algorithm>

namespace sohoi {

QByteArray zlibCompress(const QByteArray& bytes) {
  uLongf size = compressBound(static_cast<uLong>(bytes.size()));
  QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(bytes.constData()),
                static_cast<uLong>(bytes.size()), Z_BEST_COMPRESSION) != Z_OK)
    return {};  // only on exhausted memory: compressBound is always enough
  out.truncate(static_cast<qsizetype>(size));
  return out;
}

std::optional<QByteArray> zlibDecompress(const QByteArray& compressed, qsizetype maxBytes) {
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) return std::nullopt;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  QByteArray out;
  int status = Z_OK;
  while (status == Z_OK) {
    const qsizetype chunk = std::max<qsizetype>(4096, compressed.size() * 4);
    const qsizetype used = out.size();
    if (used >= maxBytes) break;
    out.resize(std::min(used + chunk, maxBytes));
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + used);
    stream.avail_out = static_cast<uInt>(out.size() - used);
    status = inflate(&stream, Z_NO_FLUSH);
    out.truncate(out.size() - static_cast<qsizetype>(stream.avail_out));
    if (status == Z_BUF_ERROR && stream.avail_in == 0) break;  // the stream ends before its end mark
  }
  const bool whole = status == Z_STREAM_END && stream.avail_in == 0;
  inflateEnd(&stream);
  if (!whole) return std::nullopt;
  return out;
}

}  // namespace sohoi
