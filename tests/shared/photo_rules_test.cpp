// What a photo may be, the same on the device and the server: a JPEG or PNG by its first bytes (its name
// says nothing), at most 2 MB, named by 64 lowercase hex digits of its SHA-256.
#include "media/photo_rules.h"

#include <catch2/catch.hpp>

using namespace sohoi;

TEST_CASE("a photo's type is read from its first bytes, not from its name") {
  CHECK(photoMediaType(QByteArray("\xFF\xD8\xFF\xE0 rest", 9)) == QStringLiteral("image/jpeg"));
  CHECK(photoMediaType(QByteArray("\x89PNG\r\n\x1A\n rest", 13)) == QStringLiteral("image/png"));
  CHECK(photoMediaType(QByteArray("GIF89a")).isEmpty());
  CHECK(photoMediaType(QByteArray("%PDF-1.7")).isEmpty());
  CHECK(photoMediaType(QByteArray()).isEmpty());
  const std::optional<Rejection> text = photoTypeRefusal("Danh sách dự họp");
  REQUIRE(text);
  CHECK(text->messageVi == QStringLiteral("Tệp này không phải ảnh JPEG hoặc PNG"));
  CHECK(text->messageEn == QStringLiteral("This file is not a JPEG or PNG photo"));
}

TEST_CASE("a photo over 2 MB, or an empty one, is refused before any byte is sent") {
  CHECK_FALSE(photoSizeRefusal(kMaxPhotoBytes));
  const std::optional<Rejection> large = photoSizeRefusal(kMaxPhotoBytes + 1);
  REQUIRE(large);
  CHECK(large->code == ReasonCode::TooLarge);
  CHECK(large->messageVi.startsWith(QStringLiteral("Ảnh lớn quá")));
  CHECK(large->messageVi.contains(QStringLiteral("tối đa 2048 KB")));
  REQUIRE(photoSizeRefusal(0));
  CHECK(photoSizeRefusal(0)->code == ReasonCode::InvalidField);
}

TEST_CASE("a photo is named by the lowercase hex of its SHA-256") {
  const QString hash = photoHashOf("abc");
  CHECK(hash == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  CHECK(isPhotoHash(hash));
  CHECK_FALSE(isPhotoHash(hash.toUpper()));
  CHECK_FALSE(isPhotoHash(hash.left(63)));
  CHECK_FALSE(isPhotoHash(QStringLiteral("IMG_0001.jpg")));
  CHECK(photoHashHex(QByteArray::fromHex(hash.toLatin1()).toStdString()) == hash);
}
