#include "field_json.h"

#include "domain/record_schema.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

QJsonValue toJson(FieldType type, const QVariant& value) {
  switch (type) {
    case FieldType::Text:
    case FieldType::Id: return value.toString();
    case FieldType::Integer:
    case FieldType::Choice: return static_cast<double>(value.toLongLong());
    case FieldType::Boolean: return value.toBool();
    case FieldType::Date: return value.toDate().toString(kIsoDate);
    case FieldType::IdList:
    case FieldType::PhotoList: return QJsonArray::fromStringList(value.toStringList());
  }
  return {};
}

QVariant fromJson(FieldType type, const QJsonValue& value) {
  switch (type) {
    case FieldType::Text:
    case FieldType::Id: return value.toString();
    case FieldType::Integer: return static_cast<qint64>(value.toDouble());
    case FieldType::Choice: return value.toInt();
    case FieldType::Boolean: return value.toBool();
    case FieldType::Date: return QDate::fromString(value.toString(), kIsoDate);
    case FieldType::IdList:
    case FieldType::PhotoList: {
      QStringList ids;
      for (const QJsonValue& id : value.toArray()) ids.append(id.toString());
      return ids;
    }
  }
  return {};
}

}  // namespace

QByteArray fieldsToJson(RecordKind kind, const QVariantMap& fields) {
  QJsonObject object;
  for (const FieldSpec& spec : schemaFor(kind).fields) {
    const QVariant value = fields.value(spec.name);
    if (!isDefault(spec.type, value)) object.insert(spec.name, toJson(spec.type, value));
  }
  return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QVariantMap fieldsFromJson(RecordKind kind, const QByteArray& json) {
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
  QCryptographicHash hash(QCryptographicHash::Sha256);
  const QStringList envelope{version.recordId, version.versionId, version.baseVersionId, version.unitId,
                             version.authorId, QString::number(version.hlc),
                             version.deleted ? QStringLiteral("1") : QStringLiteral("0"),
                             recordKindName(version.kind)};
  hash.addData(envelope.join(QChar(0x1f)).toUtf8());
  hash.addData(QByteArrayView("\x1e", 1));
  hash.addData(fieldsJson);
  return hash.result();
}

}  // namespace sohoi
