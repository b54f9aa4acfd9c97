#include "ids/uuid7.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace sohoi;

TEST_CASE("a new id is a canonical version 7 UUID") {
  const QString id = newUuid7();
  CHECK(isUuid(id));
  CHECK(id.at(14) == QChar('7'));
  const QChar variant = id.at(19);
  CHECK(QStringLiteral("89ab").contains(variant));
}

TEST_CASE("ids made later sort after ids made earlier, and never repeat") {
  QSet<QString> seen;
  QString previousMillis;
  for (int i = 0; i < 2000; ++i) {
    const QString id = newUuid7();
    CHECK_FALSE(seen.contains(id));
    seen.insert(id);
    const QString millis = id.left(13);  // the 48-bit timestamp part
    CHECK(millis >= previousMillis);
    previousMillis = millis;
  }
}

TEST_CASE("an id survives the trip to 16 wire bytes and back") {
  const QString id = newUuid7();
  const QByteArray bytes = uuidToBytes(id);
  REQUIRE(bytes.size() == 16);
  CHECK(uuidFromBytes(bytes) == id);
}

TEST_CASE("wire bytes of the wrong size give no id") {
  CHECK(uuidFromBytes(QByteArray(15, 'x')).isEmpty());
  CHECK(uuidFromBytes(QByteArray(17, 'x')).isEmpty());
  CHECK(uuidToBytes(QString()).isEmpty());
}

TEST_CASE("text that is not a canonical UUID is not taken for one") {
  CHECK_FALSE(isUuid(QStringLiteral("{0192f3c4-0000-7000-8000-000000000000}")));
  CHECK_FALSE(isUuid(QStringLiteral("0192F3C4-0000-7000-8000-000000000000")));
  CHECK_FALSE(isUuid(QStringLiteral("not an id")));
}
