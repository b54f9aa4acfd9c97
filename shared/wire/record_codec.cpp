#include "record_codec.h"

#include "domain/record_schema.h"
#include "ids/uuid7.h"
#include "media/photo_rules.h"

#include <QDate>
#include <map>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>

namespace sohoi {

namespace gp = google::protobuf;

namespace {

const QDate kEpoch(1970, 1, 1);

// An optional id on the wire: absent is fine, anything else must be exactly 16 bytes.
bool optionalIdOk(const std::string& bytes) { return bytes.empty() || bytes.size() == 16; }

// A kind's payload on the wire, looked up once (by name for every field of every record, the lookups cost
// more than the copying: a server ingests thousands a second): the oneof case named like the kind
// (records.proto keeps them in step), and that message's fields in the order of the kind's schema.
struct Payload {
  const gp::FieldDescriptor* oneof = nullptr;
  std::vector<const gp::FieldDescriptor*> fields;
};

const Payload& payloadOf(RecordKind kind) {
  static const auto table = [] {
    std::map<RecordKind, Payload> payloads;
    for (RecordKind each : allRecordKinds()) {
      Payload& payload = payloads[each];
      payload.oneof = v1::RecordVersion::descriptor()->FindFieldByName(recordKindName(each).toStdString());
      for (const FieldSpec& spec : schemaFor(each).fields)
        payload.fields.push_back(payload.oneof->message_type()->FindFieldByName(spec.name.toStdString()));
    }
    return payloads;
  }();
  return table.at(kind);
}

// The kind whose payload case is set; none for an empty payload or a kind newer than this build.
std::optional<RecordKind> kindOf(const v1::RecordVersion& in) {
  static const auto byNumber = [] {
    std::map<int, RecordKind> kinds;
    for (RecordKind kind : allRecordKinds()) kinds[payloadOf(kind).oneof->number()] = kind;
    return kinds;
  }();
  const auto it = byNumber.find(static_cast<int>(in.payload_case()));
  return it == byNumber.end() ? std::nullopt : std::optional<RecordKind>(it->second);
}

void writeField(const FieldSpec& spec, const gp::FieldDescriptor* field, const QVariant& value,
                gp::Message* payload) {
  const gp::Reflection* reflection = payload->GetReflection();
  if (!field) return;
  switch (spec.type) {
    case FieldType::Text: reflection->SetString(payload, field, value.toString().toStdString()); break;
    case FieldType::Integer:
      if (field->cpp_type() == gp::FieldDescriptor::CPPTYPE_INT64)
        reflection->SetInt64(payload, field, value.toLongLong());
      else
        reflection->SetInt32(payload, field, static_cast<qint32>(value.toLongLong()));
      break;
    case FieldType::Boolean: reflection->SetBool(payload, field, value.toBool()); break;
    case FieldType::Date:
      if (value.toDate().isValid())
        reflection->SetInt32(payload, field, static_cast<qint32>(kEpoch.daysTo(value.toDate())));
      break;
    case FieldType::Choice: reflection->SetEnumValue(payload, field, value.toInt()); break;
    case FieldType::Id:
      reflection->SetString(payload, field, uuidToBytes(value.toString()));
      break;
    case FieldType::IdList:
      for (const QString& id : value.toStringList()) reflection->AddString(payload, field, uuidToBytes(id));
      break;
    case FieldType::PhotoList:
      for (const QString& hash : value.toStringList())
        reflection->AddString(payload, field, QByteArray::fromHex(hash.toLatin1()).toStdString());
      break;
  }
}

// Reads one payload field; false when an id has the wrong size.
bool readField(const FieldSpec& spec, const gp::FieldDescriptor* field, const gp::Message& payload,
               QVariantMap* fields) {
  if (!field) return true;
  const gp::Reflection* reflection = payload.GetReflection();
  switch (spec.type) {
    case FieldType::Text: {
      const std::string text = reflection->GetString(payload, field);
      if (!text.empty()) fields->insert(spec.name, QString::fromStdString(text));
      return true;
    }
    case FieldType::Integer: {
      const qint64 number = field->cpp_type() == gp::FieldDescriptor::CPPTYPE_INT64
                                ? reflection->GetInt64(payload, field)
                                : reflection->GetInt32(payload, field);
      if (number != 0) fields->insert(spec.name, number);
      return true;
    }
    case FieldType::Boolean:
      if (reflection->GetBool(payload, field)) fields->insert(spec.name, true);
      return true;
    case FieldType::Date: {
      const qint32 days = reflection->GetInt32(payload, field);
      if (days != 0) fields->insert(spec.name, kEpoch.addDays(days));
      return true;
    }
    case FieldType::Choice: {
      const int choice = reflection->GetEnumValue(payload, field);
      if (choice != 0) fields->insert(spec.name, choice);
      return true;
    }
    case FieldType::Id: {
      const std::string bytes = reflection->GetString(payload, field);
      if (bytes.empty()) return true;
      if (bytes.size() != 16) return false;
      fields->insert(spec.name, uuidFromBytes(bytes));
      return true;
    }
    case FieldType::IdList: {
      QStringList ids;
      for (int i = 0; i < reflection->FieldSize(payload, field); ++i) {
        const std::string bytes = reflection->GetRepeatedString(payload, field, i);
        if (bytes.size() != 16) return false;
        ids.append(uuidFromBytes(bytes));
      }
      if (!ids.isEmpty()) fields->insert(spec.name, ids);
      return true;
    }
    case FieldType::PhotoList: {
      QStringList hashes;
      for (int i = 0; i < reflection->FieldSize(payload, field); ++i) {
        const std::string bytes = reflection->GetRepeatedString(payload, field, i);
        if (bytes.size() != kPhotoHashBytes) return false;
        hashes.append(photoHashHex(bytes));
      }
      if (!hashes.isEmpty()) fields->insert(spec.name, hashes);
      return true;
    }
  }
  return true;
}

}  // namespace

void toProto(const RecordVersion& version, v1::RecordVersion* out) {
  out->Clear();
  out->set_record_id(uuidToBytes(version.recordId));
  out->set_version_id(uuidToBytes(version.versionId));
  if (!version.baseVersionId.isEmpty()) out->set_base_version_id(uuidToBytes(version.baseVersionId));
  out->set_unit_id(version.unitId.toStdString());
  if (!version.authorId.isEmpty()) out->set_author_id(uuidToBytes(version.authorId));
  if (!version.deviceId.isEmpty()) out->set_device_id(uuidToBytes(version.deviceId));
  out->set_hlc(version.hlc);
  out->set_deleted(version.deleted);
  const Payload& wire = payloadOf(version.kind);
  gp::Message* payload = out->GetReflection()->MutableMessage(out, wire.oneof);
  const auto& specs = schemaFor(version.kind).fields;
  for (size_t i = 0; i < specs.size(); ++i) {
    const QVariant value = version.fields.value(specs[i].name);
    if (value.isValid() && !value.isNull()) writeField(specs[i], wire.fields[i], value, payload);
  }
}

std::optional<Rejection> fromProto(const v1::RecordVersion& in, RecordVersion* out) {
  if (in.record_id().size() != 16) return rejectionFor(ReasonCode::Malformed, QStringLiteral("record_id"));
  if (in.version_id().size() != 16) return rejectionFor(ReasonCode::Malformed, QStringLiteral("version_id"));
  if (!optionalIdOk(in.base_version_id())) return rejectionFor(ReasonCode::Malformed, QStringLiteral("base_version_id"));
  if (!optionalIdOk(in.author_id())) return rejectionFor(ReasonCode::Malformed, QStringLiteral("author_id"));
  if (!optionalIdOk(in.device_id())) return rejectionFor(ReasonCode::Malformed, QStringLiteral("device_id"));
  const std::optional<RecordKind> kind = kindOf(in);
  if (!kind) return rejectionFor(ReasonCode::Malformed, QStringLiteral("payload"));

  *out = RecordVersion{};
  out->recordId = uuidFromBytes(in.record_id());
  out->versionId = uuidFromBytes(in.version_id());
  out->baseVersionId = uuidFromBytes(in.base_version_id());
  out->unitId = QString::fromStdString(in.unit_id());
  out->authorId = uuidFromBytes(in.author_id());
  out->deviceId = uuidFromBytes(in.device_id());
  out->hlc = in.hlc();
  out->deleted = in.deleted();
  out->kind = *kind;
  const Payload& wire = payloadOf(*kind);
  const gp::Message& payload = in.GetReflection()->GetMessage(in, wire.oneof);
  const auto& specs = schemaFor(*kind).fields;
  for (size_t i = 0; i < specs.size(); ++i)
    if (!readField(specs[i], wire.fields[i], payload, &out->fields))
      return rejectionFor(ReasonCode::Malformed, specs[i].name);
  return std::nullopt;
}

void toProto(const OrgUnit& unit, v1::OrgUnit* out) {
  out->set_id(unit.id.toStdString());
  out->set_parent_id(unit.parentId.toStdString());
  out->set_name(unit.name.toStdString());
  out->set_level(static_cast<v1::UnitLevel>(unit.level));
  if (unit.closed()) out->set_closed_on(static_cast<qint32>(kEpoch.daysTo(unit.closedOn)));
  out->set_successor_id(unit.successorId.toStdString());
  out->set_type(static_cast<v1::UnitType>(unit.type));
}

OrgUnit fromProto(const v1::OrgUnit& in) {
  UnitLevel level = UnitLevel::Branch;
  if (in.level() >= v1::UNIT_LEVEL_PROVINCE && in.level() <= v1::UNIT_LEVEL_BRANCH)
    level = static_cast<UnitLevel>(in.level());
  // A type this build does not know (a newer server's) reads as an area unit, as before types existed.
  const UnitType type = in.type() >= v1::UNIT_TYPE_AREA && in.type() <= v1::UNIT_TYPE_MEMBER_ORGANISATION
                            ? static_cast<UnitType>(in.type())
                            : UnitType::Area;
  return {QString::fromStdString(in.id()), QString::fromStdString(in.parent_id()), QString::fromStdString(in.name()),
          level, in.closed_on() != 0 ? kEpoch.addDays(in.closed_on()) : QDate(),
          QString::fromStdString(in.successor_id()), type};
}

}  // namespace sohoi
