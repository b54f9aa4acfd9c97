// Compressed bytes on the wire (PlanFile.text_zlib): what goes in comes out, and nothing else does.
#include "wire/zlib_bytes.h"

#include <catch2/catch.hpp>

using namespace sohoi;

TEST_CASE("compressed bytes come back as they went in") {
  QByteArray text;
  for (int i = 0; i < 2000; ++i) text += QByteArray("chỉ tiêu ") + QByteArray::number(i % 37) + '\n';
  const QByteArray compressed = zlibCompress(text);
  CHECK(compressed.size() < text.size() / 4);
  CHECK(zlibDecompress(compressed, text.size()) == text);
  CHECK(zlibDecompress(zlibCompress(QByteArray()), 10) == QByteArray());
}

TEST_CASE("bytes that decompress past their bound, or are not a whole stream, are refused") {
  const QByteArray zeros(1 << 20, '\0');  // a megabyte of zeros compresses to about a kilobyte
  const QByteArray compressed = zlibCompress(zeros);
  CHECK_FALSE(zlibDecompress(compressed, zeros.size() - 1));
  CHECK_FALSE(zlibDecompress(compressed.left(compressed.size() - 1), zeros.size()));
  CHECK_FALSE(zlibDecompress(compressed + "x", zeros.size()));
  CHECK_FALSE(zlibDecompress(QByteArray("plain text"), 100));
  CHECK_FALSE(zlibDecompress(QByteArray(), 100));
}
