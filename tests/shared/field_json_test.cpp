#include "domain/record_kind.h"
#include "domain/record_schema.h"
#include "wire/field_json.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace sohoi;

namespace {

// What fieldsToJson wrote while it built a QJsonObject: stored rows and content hashes hold these bytes,
// so the direct writer must give the same for anything a record can hold.
QByteArray throughQJsonObject(RecordKind kind, const QVariantMap& fields) {
  QJsonObject object;
  for (const FieldSpec& spec : schemaFor(kind).fields) {
    const QVariant value = fields.value(spec.name);
    if (!value.isValid()) continue;
    switch (spec.type) {
      case FieldType::Text:
      case FieldType::Id:
        if (!value.toString().isEmpty()) object.insert(spec.name, value.toString());
        break;
      case FieldType::Integer:
      case FieldType::Choice:
        if (value.toLongLong() != 0) object.insert(spec.name, static_cast<double>(value.toLongLong()));
        break;
      case FieldType::Boolean:
        if (value.toBool()) object.insert(spec.name, true);
        break;
      case FieldType::Date:
        if (value.toDate().isValid()) object.insert(spec.name, value.toDate().toString("yyyy-MM-dd"));
        break;
      case FieldType::IdList:
      case FieldType::PhotoList:
        if (!value.toStringList().isEmpty())
          object.insert(spec.name, QJsonArray::fromStringList(value.toStringList()));
        break;
    }
  }
  return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Texts that take each of the writer's paths: plain ASCII, Vietnamese, what JSON escapes, emoji (a
// surrogate pair), unpaired surrogates, DEL and the empty text (a default, left out).
QString someText(QRandomGenerator& random) {
  static const QStringList pieces{QStringLiteral("Chi hội"), QStringLiteral("Tặng 10 kg gạo"),
                                  QStringLiteral("abc"),     QStringLiteral("\""),
                                  QStringLiteral("\\"),      QStringLiteral("\n"),
                                  QStringLiteral("\t"),      QString(QChar(0x01)),
                                  QString(QChar(0x1f)),      QString(QChar(0x7f)),
                                  QStringLiteral("😀"),       QString(QChar(0xd800)),
                                  QString(QChar(0xdc00)),    QStringLiteral("/"),
                                  QStringLiteral(" "),       QStringLiteral("Đắk Lắk")};
  QString text;
  const int count = random.bounded(4);
  for (int i = 0; i < count; ++i) text += pieces.at(random.bounded(pieces.size()));
  return text;
}

qint64 someInteger(QRandomGenerator& random) {
  static const std::vector<qint64> edges{0,
                                         1,
                                         -1,
                                         42,
                                         -90'000'000,
                                         1'000'000'000'000,
                                         -(qint64(1) << 53) + 1,
                                         (qint64(1) << 53) - 1,
                                         qint64(1) << 53,
                                         (qint64(1) << 53) + 1,
                                         -(qint64(1) << 60),
                                         std::numeric_limits<qint64>::max()};
  if (random.bounded(2) == 0) return edges.at(random.bounded(static_cast<int>(edges.size())));
  return static_cast<qint64>(random.generate64() >> random.bounded(64));
}

QVariant someValue(QRandomGenerator& random, FieldType type) {
  switch (type) {
    case FieldType::Text:
    case FieldType::Id:
      return someText(random);
    case FieldType::Integer:
    case FieldType::Choice:
      return someInteger(random);
    case FieldType::Boolean:
      return random.bounded(2) == 1;
    case FieldType::Date: {
      static const std::vector<QDate> edges{QDate(), QDate(5, 1, 1), QDate(999, 12, 31), QDate(10000, 1, 1),
                                            QDate(-44, 3, 15)};
      if (random.bounded(3) == 0) return edges.at(random.bounded(static_cast<int>(edges.size())));
      return QDate(1990, 1, 1).addDays(random.bounded(20000));
    }
    case FieldType::IdList:
    case FieldType::PhotoList: {
      QStringList ids;
      const int count = random.bounded(4);
      for (int i = 0; i < count; ++i) ids.append(someText(random));
      return ids;
    }
  }
  return {};
}

// About three in four of a kind's fields, each with a value of its type.
QVariantMap someFields(QRandomGenerator& random, RecordKind kind) {
  QVariantMap fields;
  for (const FieldSpec& spec : schemaFor(kind).fields)
    if (random.bounded(4) != 0) fields.insert(spec.name, someValue(random, spec.type));
  return fields;
}

}  // namespace

TEST_CASE("fields are written as the same JSON bytes as Qt's JSON object wrote them") {
  QRandomGenerator random(20211);
  for (int round = 0; round < 400; ++round) {
    for (const RecordKind kind : allRecordKinds()) {
      QVariantMap fields = someFields(random, kind);
      fields.insert(QStringLiteral("not_in_the_schema"), QStringLiteral("left out"));
      INFO(recordKindName(kind).toStdString() << " " << throughQJsonObject(kind, fields).toStdString());
      REQUIRE(fieldsToJson(kind, fields) == throughQJsonObject(kind, fields));
    }
  }
}

TEST_CASE("a field with no value is left out of the JSON") {
  const QVariantMap fields{{"full_name", QString()}, {"birth_year", 0}, {"phone", QVariant()}};
  CHECK(fieldsToJson(RecordKind::Person, fields) == "{}");
}

namespace {

// What fieldsFromJson read while it went through Qt's JSON parser alone: the fast reader must agree with
// it on every document, written by fieldsToJson or not.
QVariantMap throughQtParser(RecordKind kind, const QByteArray& json) {
  const QJsonObject object = QJsonDocument::fromJson(json).object();
  QVariantMap fields;
  for (const FieldSpec& spec : schemaFor(kind).fields) {
    const auto it = object.constFind(spec.name);
    if (it == object.constEnd()) continue;
    const QJsonValue value = it.value();
    switch (spec.type) {
      case FieldType::Text:
      case FieldType::Id:
        fields.insert(spec.name, value.toString());
        break;
      case FieldType::Integer:
        fields.insert(spec.name, static_cast<qint64>(value.toDouble()));
        break;
      case FieldType::Choice:
        fields.insert(spec.name, value.toInt());
        break;
      case FieldType::Boolean:
        fields.insert(spec.name, value.toBool());
        break;
      case FieldType::Date:
        fields.insert(spec.name, QDate::fromString(value.toString(), QStringLiteral("yyyy-MM-dd")));
        break;
      case FieldType::IdList:
      case FieldType::PhotoList: {
        QStringList ids;
        for (const QJsonValue& id : value.toArray()) ids.append(id.toString());
        fields.insert(spec.name, ids);
        break;
      }
    }
  }
  return fields;
}

// Equal keys, and values of the same type and value (QVariant's == would take 5 and 5.0 for equal).
bool sameFields(const QVariantMap& a, const QVariantMap& b) {
  if (a.keys() != b.keys()) return false;
  for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
    const QVariant& other = b.value(it.key());
    if (it.value().typeId() != other.typeId() || it.value() != other) return false;
    if (it.value().typeId() == QMetaType::QString &&
        it.value().toString().isNull() != other.toString().isNull())
      return false;
  }
  return true;
}

}  // namespace

TEST_CASE("fields are read back from JSON exactly as Qt's JSON parser read them") {
  QRandomGenerator random(20212);
  // Everything fieldsToJson writes.
  for (int round = 0; round < 400; ++round) {
    for (const RecordKind kind : allRecordKinds()) {
      const QByteArray json = fieldsToJson(kind, someFields(random, kind));
      INFO(recordKindName(kind).toStdString() << " " << json.toStdString());
      REQUIRE(sameFields(fieldsFromJson(kind, json), throughQtParser(kind, json)));
    }
  }
  // And what it never writes: every field given values of every shape, alone, in pairs in either order,
  // twice, with spaces, and with something after the object.
  const QList<QByteArray> values{"\"a\"",
                                 "\"Chị Hà\"",
                                 "\"\"",
                                 "1",
                                 "-5",
                                 "0",
                                 "01",
                                 "-0",
                                 "1.5",
                                 "1e3",
                                 "-",
                                 "123456789012345",
                                 "1234567890123456",
                                 "3000000000",
                                 "null",
                                 "true",
                                 "false",
                                 "tru",
                                 "[]",
                                 "[\"a\",\"b\"]",
                                 "[\"a\",1]",
                                 "[\"a\"",
                                 "{\"y\":1}",
                                 "\"2021-03-01\"",
                                 "\"2021-02-30\"",
                                 "\"2021/03/01\"",
                                 "\"\xff\"",
                                 "\"\xed\xa0\x80\"",
                                 "\"a\\nb\"",
                                 "\"a\x01\"",
                                 "\"a"};
  for (const RecordKind kind : allRecordKinds()) {
    const std::vector<FieldSpec>& specs = schemaFor(kind).fields;
    for (size_t i = 0; i < specs.size(); ++i) {
      const QByteArray name = "\"" + specs[i].name.toUtf8() + "\"";
      const QByteArray next = "\"" + specs[(i + 1) % specs.size()].name.toUtf8() + "\"";
      for (const QByteArray& value : values) {
        const QByteArray other = values.at(random.bounded(values.size()));
        for (const QByteArray& json :
             {"{" + name + ":" + value + "}", "{" + name + ":" + value + "," + next + ":" + other + "}",
              "{" + next + ":" + other + "," + name + ":" + value + "}",
              "{" + name + ":" + value + "," + name + ":" + other + "}", "{ " + name + " : " + value + " }",
              "{" + name + ":" + value + "} ", "{" + name + ":" + value + "}x", "{\"zz\":" + value + "}",
              "[" + value + "]", QByteArray(), QByteArray("{}"), QByteArray("{")}) {
          INFO(recordKindName(kind).toStdString() << " " << json.toStdString());
          REQUIRE(sameFields(fieldsFromJson(kind, json), throughQtParser(kind, json)));
        }
      }
    }
  }
}
