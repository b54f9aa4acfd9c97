#include "field_json.h"

#include "sha256.h"

#include "domain/record_schema.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>
#include <cstdio>
#include <limits>
#include <optional>

namespace sohoi {

namespace {

const QString kIsoDate = QStringLiteral("yyyy-MM-dd");

// Protobuf 3 cannot tell a default value from an unset one, so neither can we: both sides drop defaults,
// and a version means the same on the device, on the wire and on the server.
bool isDefault(FieldType type, const QVariant& value) {
  if (!value.isValid() || value.isNull()) return true;
  switch (type) {
    case FieldType::Text:
    case FieldType::Id: return value.toString().isEmpty();
    case FieldType::Integer:
    case FieldType::Choice: return value.toLongLong() == 0;
    case FieldType::Boolean: return !value.toBool();
    case FieldType::Date: return !value.toDate().isValid();
    case FieldType::IdList:
    case FieldType::PhotoList: return value.toStringList().isEmpty();
  }
  return false;
}

// Appends what Qt's compact JSON writer writes for `value` (QJsonDocument::toJson of an array holding it,
// without the brackets). The fast paths below are for what records hold; anything else goes through Qt.
void appendThroughQt(QByteArray* json, const QJsonValue& value) {
  const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
  json->append(array.constData() + 1, array.size() - 2);
}

// Text Qt's writer copies as plain UTF-8: no character it escapes (controls, quote, backslash) and no
// surrogate, whose unpaired halves it escapes where UTF-8 conversion would substitute.
bool isPlainText(const QString& text) {
  for (const QChar c : text) {
    const char16_t u = c.unicode();
    if (u < 0x20 || u == u'"' || u == u'\\' || QChar::isSurrogate(u)) return false;
  }
  return true;
}

void appendString(QByteArray* json, const QString& text) {
  if (!isPlainText(text)) return appendThroughQt(json, QJsonValue(text));
  json->append('"');
  json->append(text.toUtf8());
  json->append('"');
}

// Qt stores a double that holds an integer exactly as that integer and writes it in decimal; beyond
// 2^53 it may not, so such values (which no schema allows) go through Qt.
void appendInteger(QByteArray* json, qint64 value) {
  constexpr qint64 kExactInDouble = qint64(1) << 53;
  if (value > -kExactInDouble && value < kExactInDouble)
    json->append(QByteArray::number(value));
  else
    appendThroughQt(json, QJsonValue(static_cast<double>(value)));
}

// QDate::toString(kIsoDate) goes through the calendar's general formatter; four-digit years need none.
void appendDate(QByteArray* json, const QDate& date) {
  if (date.year() < 1000 || date.year() > 9999) return appendString(json, date.toString(kIsoDate));
  char text[16];
  std::snprintf(text, sizeof text, "\"%04d-%02d-%02d\"", date.year(), date.month(), date.day());
  json->append(text);
}

void appendValue(QByteArray* json, FieldType type, const QVariant& value) {
  switch (type) {
    case FieldType::Text:
    case FieldType::Id: return appendString(json, value.toString());
    case FieldType::Integer:
    case FieldType::Choice: return appendInteger(json, value.toLongLong());
    case FieldType::Boolean: json->append(value.toBool() ? "true" : "false"); return;
    case FieldType::Date: return appendDate(json, value.toDate());
    case FieldType::IdList:
    case FieldType::PhotoList: {
      json->append('[');
      const QStringList ids = value.toStringList();
      for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) json->append(',');
        appendString(json, ids.at(i));
      }
      json->append(']');
      return;
    }
  }
}

// A stored date as QDate::fromString(text, kIsoDate) reads it. That goes through Qt's general date parser,
// a third of reading a record back and an eighth of the server's progress build; the dates records store
// are four-digit years, read here digit by digit.
QDate isoDate(const QString& text) {
  const auto digits = [&text](qsizetype from, qsizetype count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
      const char16_t c = text.at(i).unicode();
      if (c < u'0' || c > u'9') return -1;
      value = value * 10 + (c - u'0');
    }
    return value;
  };
  if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    if (year >= 1000 && month >= 0 && day >= 0) return QDate(year, month, day);  // invalid if out of range
  }
  return QDate::fromString(text, kIsoDate);
}

QVariant fromJson(FieldType type, const QJsonValue& value) {
  switch (type) {
    case FieldType::Text:
    case FieldType::Id: return value.toString();
    case FieldType::Integer: return static_cast<qint64>(value.toDouble());
    case FieldType::Choice: return value.toInt();
    case FieldType::Boolean: return value.toBool();
    case FieldType::Date: return isoDate(value.toString());
    case FieldType::IdList:
    case FieldType::PhotoList: {
      QStringList ids;
      for (const QJsonValue& id : value.toArray()) ids.append(id.toString());
      return ids;
    }
  }
  return {};
}

// A field's value in a document FlatJson read: its kind, and its text (a string's without the quotes, an
// array's between the brackets, holding only plain strings).
struct FlatValue {
  enum class Kind { String, Integer, True, False, Strings } kind;
  QByteArrayView text;
};

// The JSON fieldsToJson writes, read without Qt's general parser (a third of reading a record back): one
// object, no whitespace, keys in increasing order, each value a string without escapes, an integer of at
// most 15 digits (exact in the double Qt would read), true, false, or an array of such strings. parse()
// refuses anything else, and the caller reads that document through Qt, whose answer stands.
class FlatJson {
 public:
  bool parse(QByteArrayView json) {
    json_ = json;
    at_ = 0;
    if (!json.isValidUtf8() || !take('{')) return false;
    if (take('}')) return at_ == json_.size();
    do {
      QByteArrayView key;
      FlatValue value;
      if (!string(&key) || !take(':') || !valueOf(&value)) return false;
      if (!entries.isEmpty() && !(entries.back().first < key)) return false;  // repeated or unsorted
      entries.append({key, value});
    } while (take(','));
    return take('}') && at_ == json_.size();
  }

  QVarLengthArray<std::pair<QByteArrayView, FlatValue>, 24> entries;

  // The plain strings of an array value, in order.
  static QStringList strings(QByteArrayView inside) {
    QStringList list;
    for (qsizetype at = 0; at < inside.size();) {
      const qsizetype end = inside.indexOf('"', at + 1);
      list.append(QString::fromUtf8(inside.sliced(at + 1, end - at - 1)));
      at = end + 2;  // past the quote and the comma
    }
    return list;
  }

 private:
  bool take(char c) {
    if (at_ >= json_.size() || json_[at_] != c) return false;
    ++at_;
    return true;
  }
  bool takeWord(QByteArrayView word) {
    if (!json_.sliced(at_).startsWith(word)) return false;
    at_ += word.size();
    return true;
  }
  bool string(QByteArrayView* text) {
    if (!take('"')) return false;
    const qsizetype start = at_;
    for (; at_ < json_.size(); ++at_) {
      const auto c = static_cast<unsigned char>(json_[at_]);
      if (c == '"') {
        *text = json_.sliced(start, at_ - start);
        ++at_;
        return true;
      }
      if (c == '\\' || c < 0x20) return false;  // an escape, or a control Qt refuses unescaped
    }
    return false;
  }
  bool integer(QByteArrayView* text) {
    const qsizetype start = at_;
    take('-');
    const qsizetype digits = at_;
    while (at_ < json_.size() && json_[at_] >= '0' && json_[at_] <= '9') ++at_;
    const qsizetype count = at_ - digits;
    // Not "01" nor "-0"; and what follows must end the value ("1.5" and "1e3" are Qt's to read).
    if (count == 0 || count > 15 || (json_[digits] == '0' && (count > 1 || digits > start))) return false;
    if (at_ < json_.size() && json_[at_] != ',' && json_[at_] != '}') return false;
    *text = json_.sliced(start, at_ - start);
    return true;
  }
  bool valueOf(FlatValue* value) {
    if (at_ >= json_.size()) return false;
    switch (json_[at_]) {
      case '"':
        value->kind = FlatValue::Kind::String;
        return string(&value->text);
      case 't':
        value->kind = FlatValue::Kind::True;
        return takeWord("true");
      case 'f':
        value->kind = FlatValue::Kind::False;
        return takeWord("false");
      case '[': {
        ++at_;
        const qsizetype start = at_;
        if (!take(']')) {
          QByteArrayView item;
          do
            if (!string(&item)) return false;
          while (take(','));
          if (!take(']')) return false;
        }
        value->kind = FlatValue::Kind::Strings;
        value->text = json_.sliced(start, at_ - 1 - start);
        return true;
      }
      default:
        value->kind = FlatValue::Kind::Integer;
        return integer(&value->text);
    }
  }

  QByteArrayView json_;
  qsizetype at_ = 0;
};

// value as fromJson() reads the same JSON value for a field of type; nullopt when the value's kind is not
// the one the type is written as (Qt's reading of such a value stands).
std::optional<QVariant> fromFlat(FieldType type, const FlatValue& value) {
  using Kind = FlatValue::Kind;
  switch (type) {
    case FieldType::Text:
    case FieldType::Id:
      if (value.kind != Kind::String) return std::nullopt;
      return QString::fromUtf8(value.text);
    case FieldType::Integer:
      if (value.kind != Kind::Integer) return std::nullopt;
      return value.text.toLongLong();
    case FieldType::Choice: {
      if (value.kind != Kind::Integer) return std::nullopt;
      const qint64 number = value.text.toLongLong();
      if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return std::nullopt;
      return static_cast<int>(number);
    }
    case FieldType::Boolean:
      if (value.kind != Kind::True && value.kind != Kind::False) return std::nullopt;
      return value.kind == Kind::True;
    case FieldType::Date:
      if (value.kind != Kind::String) return std::nullopt;
      return isoDate(QString::fromUtf8(value.text));
    case FieldType::IdList:
    case FieldType::PhotoList:
      if (value.kind != Kind::Strings) return std::nullopt;
      return FlatJson::strings(value.text);
  }
  return std::nullopt;
}

// fieldsFromJson for what fieldsToJson wrote; nullopt for anything else.
std::optional<QVariantMap> fieldsFromFlatJson(RecordKind kind, const QByteArray& json) {
  FlatJson document;
  if (!document.parse(json)) return std::nullopt;
  QVariantMap fields;
  for (const FieldSpec& spec : schemaFor(kind).fields)
    for (const auto& [key, value] : document.entries)
      if (QLatin1StringView(key) == spec.name) {  // the schema's names are ASCII
        std::optional<QVariant> read = fromFlat(spec.type, value);
        if (!read) return std::nullopt;
        fields.insert(spec.name, std::move(*read));
        break;
      }
  return fields;
}

}  // namespace

// Written directly rather than through QJsonObject, whose building and writing took a tenth of the
// server's time on a day's sync; the bytes are the same, as the content hash and stored rows require.
QByteArray fieldsToJson(RecordKind kind, const QVariantMap& fields) {
  QByteArray json;
  json.reserve(256);
  json.append('{');
  bool first = true;
  const RecordSchema& schema = schemaFor(kind);
  // A QVariantMap keeps its keys in QString's order, as a QJsonObject did: walking it keeps the output's.
  for (auto field = fields.constBegin(); field != fields.constEnd(); ++field) {
    const FieldSpec* spec = schema.field(field.key());
    if (!spec || isDefault(spec->type, field.value())) continue;
    if (!first) json.append(',');
    first = false;
    appendString(&json, spec->name);
    json.append(':');
    appendValue(&json, spec->type, field.value());
  }
  json.append('}');
  return json;
}

QVariantMap fieldsFromJson(RecordKind kind, const QByteArray& json) {
  if (std::optional<QVariantMap> fields = fieldsFromFlatJson(kind, json)) return std::move(*fields);
  const QJsonObject object = QJsonDocument::fromJson(json).object();
  QVariantMap fields;
  for (const FieldSpec& spec : schemaFor(kind).fields) {
    auto it = object.constFind(spec.name);
    if (it != object.constEnd()) fields.insert(spec.name, fromJson(spec.type, it.value()));
  }
  return fields;
}

QByteArray contentHash(const RecordVersion& version) {
  return contentHash(version, fieldsToJson(version.kind, version.fields));
}

QByteArray contentHash(const RecordVersion& version, const QByteArray& fieldsJson) {
  const QStringList envelope{version.recordId, version.versionId, version.baseVersionId, version.unitId,
                             version.authorId, QString::number(version.hlc),
                             version.deleted ? QStringLiteral("1") : QStringLiteral("0"),
                             recordKindName(version.kind)};
  return sha256({envelope.join(QChar(0x1f)).toUtf8(), QByteArrayView("\x1e", 1), fieldsJson});
}

}  // namespace sohoi
