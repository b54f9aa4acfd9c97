#include "ids/uuid7.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>
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
  const std::string bytes = uuidToBytes(id);
  REQUIRE(bytes.size() == 16);
  CHECK(uuidFromBytes(bytes) == id);
}

TEST_CASE("wire bytes of the wrong size give no id") {
  CHECK(uuidFromBytes(QByteArray(15, 'x')).isEmpty());
  CHECK(uuidFromBytes(QByteArray(17, 'x')).isEmpty());
  CHECK(uuidToBytes(QString()).empty());
}

TEST_CASE("text that is not a canonical UUID is not taken for one") {
  CHECK_FALSE(isUuid(QStringLiteral("{0192f3c4-0000-7000-8000-000000000000}")));
  CHECK_FALSE(isUuid(QStringLiteral("0192F3C4-0000-7000-8000-000000000000")));
  CHECK_FALSE(isUuid(QStringLiteral("not an id")));
}

TEST_CASE("ids convert to and from wire bytes exactly as QUuid converts them") {
  // Random ids in both cases, and text that is not canonical: braces, a misplaced dash, a stray letter,
  // the wrong length. Whatever QUuid made of it is what goes on the wire.
  std::vector<QString> texts = {QStringLiteral("{0192f3c4-0000-7000-8000-00000000000a}"),
                                QStringLiteral("0192f3c40-000-7000-8000-000000000000"),
                                QStringLiteral("0192f3c4-0000-7000-8000-00000000000g"),
                                QStringLiteral("0192f3c4-0000-7000-8000-0000000000"),
                                QStringLiteral("not an id")};
  for (int i = 0; i < 200; ++i) {
    const QString id = newUuid7();
    texts.push_back(id);
    texts.push_back(id.toUpper());
  }
  for (const QString& text : texts) {
    INFO(text.toStdString());
    const std::string bytes = uuidToBytes(text);
    CHECK(bytes == QUuid::fromString(text).toRfc4122().toStdString());
    CHECK(uuidFromBytes(bytes) ==
          QUuid::fromRfc4122(QByteArray::fromStdString(bytes)).toString(QUuid::WithoutBraces));
    const bool canonical = QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                               .match(text)
                               .hasMatch();
    CHECK(isUuid(text) == canonical);
  }
}
