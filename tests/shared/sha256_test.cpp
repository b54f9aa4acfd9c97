// SHA-256 as every stored content hash was made: the standard's digests, and QCryptographicHash's for any
// input split into any parts.
#include "wire/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace sohoi;

TEST_CASE("SHA-256 gives the standard's digests") {
  CHECK(sha256({}).toHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256({"abc"}).toHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256({"a", "", "bc"}).toHex() ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("SHA-256 of parts is QCryptographicHash's of the parts joined") {
  QRandomGenerator random(20211201);
  for (int round = 0; round < 300; ++round) {
    QByteArray bytes(random.bounded(0, 700), Qt::Uninitialized);
    for (char& byte : bytes) byte = static_cast<char>(random.bounded(256));
    const qsizetype first = random.bounded(static_cast<int>(bytes.size()) + 1);
    const qsizetype second = first + random.bounded(static_cast<int>(bytes.size() - first) + 1);
    const QByteArrayView view(bytes);
    INFO(round << ": " << bytes.size() << " bytes split at " << first << " and " << second);
    CHECK(sha256({view.first(first), view.sliced(first, second - first), view.sliced(second)}) ==
          QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
  }
}
