#include "record_validator.h"

#include "domain/field_limits.h"
#include "domain/record_schema.h"
#include "media/photo_rules.h"
#include "ids/uuid7.h"
#include "unit_level_rule.h"

#include <QSet>

namespace sohoi {

namespace {

Rejection fieldError(const FieldSpec& spec, const QString& vi, const QString& en) {
  return {ReasonCode::InvalidField, spec.name, spec.labelVi + QStringLiteral(": ") + vi,
          spec.labelEn + QStringLiteral(": ") + en};
}

// The Vietnam Women's Union was founded on 20 October 1930: no member joined before it.
const QDate kEarliestHistoryDate(1930, 10, 20);
// A household's state before the plan year (its status on 1 January) comes from an earlier assessment;
// the registers of "Gia đình 5 không, 3 sạch" go back to the early 2000s, so an older date is a typo.
const QDate kEarliestStateDate(2000, 1, 1);

QDate earliestFor(const FieldSpec& spec, const ValidationContext& context) {
  switch (spec.range) {
    case DateRange::Period: return context.earliest;
    case DateRange::State: return kEarliestStateDate;
    case DateRange::History: return kEarliestHistoryDate;
  }
  return context.earliest;
}

QString dmy(const QDate& date) { return date.toString(QStringLiteral("dd/MM/yyyy")); }

std::optional<Rejection> checkText(const FieldSpec& spec, const QVariant& value) {
  if (value.typeId() != QMetaType::QString) return fieldError(spec, "phải là chữ", "must be text");
  if (spec.required && value.toString().trimmed().size() < spec.min)
    return fieldError(spec, "không được để trống", "is required");
  return std::nullopt;
}

std::optional<Rejection> checkInteger(const FieldSpec& spec, const QVariant& value) {
  bool ok = false;
  const qint64 number = value.toLongLong(&ok);
  if (!ok || value.typeId() == QMetaType::QString) return fieldError(spec, "phải là số", "must be a number");
  if (number < spec.min || number > spec.max)
    return fieldError(spec, QStringLiteral("phải từ %1 đến %2").arg(spec.min).arg(spec.max),
                      QStringLiteral("must be between %1 and %2").arg(spec.min).arg(spec.max));
  return std::nullopt;
}

std::optional<Rejection> checkDate(const FieldSpec& spec, const QVariant& value, const ValidationContext& context) {
  const QDate date = value.toDate();
  if (value.typeId() != QMetaType::QDate || !date.isValid())
    return fieldError(spec, "ngày không hợp lệ", "is not a valid date");
  const QDate earliest = earliestFor(spec, context);
  if (earliest.isValid() && date < earliest)
    return fieldError(spec, QStringLiteral("không được trước ngày %1").arg(dmy(earliest)),
                      QStringLiteral("cannot be before %1").arg(dmy(earliest)));
  if (context.latest.isValid() && date > context.latest)
    return fieldError(spec, "không được ở tương lai", "cannot be in the future");
  return std::nullopt;
}

std::optional<Rejection> checkIdList(const FieldSpec& spec, const QVariant& value) {
  const QStringList ids = value.toStringList();
  if (spec.required && ids.isEmpty()) return fieldError(spec, "cần chọn ít nhất một", "choose at least one");
  QSet<QString> seen;
  for (const QString& id : ids) {
    if (!isUuid(id)) return fieldError(spec, "mã không hợp lệ", "contains an invalid id");
    if (seen.contains(id)) return fieldError(spec, "bị trùng", "lists someone twice");
    seen.insert(id);
  }
  return std::nullopt;
}

std::optional<Rejection> checkPhotoList(const FieldSpec& spec, const QVariant& value) {
  const QStringList hashes = value.toStringList();
  if (QSet<QString>(hashes.begin(), hashes.end()).size() != hashes.size())
    return fieldError(spec, "có ảnh bị trùng", "lists a photo twice");
  for (const QString& hash : hashes)
    if (!isPhotoHash(hash)) return fieldError(spec, "mã ảnh không hợp lệ", "contains an invalid photo hash");
  return std::nullopt;
}

// What a version may carry at most, whole texts and lists (blanks count: they are stored and sent too).
// Checked on tombstones as well, which every device in scope downloads like any version.
std::optional<Rejection> checkBounds(RecordKind kind, const QVariantMap& fields) {
  for (const FieldSpec& spec : schemaFor(kind).fields) {
    const QVariant value = fields.value(spec.name);
    if (spec.type == FieldType::Text && value.toString().size() > spec.max)
      return textTooLong(spec.name, spec.labelVi, spec.labelEn, spec.max);
    if (spec.type == FieldType::IdList && value.toStringList().size() > spec.max)
      return fieldError(spec, QStringLiteral("nhiều quá %1 người").arg(spec.max),
                        QStringLiteral("lists more than %1 people").arg(spec.max));
    if (spec.type == FieldType::PhotoList && value.toStringList().size() > spec.max)
      return fieldError(spec, QStringLiteral("nhiều quá %1 ảnh").arg(spec.max),
                        QStringLiteral("lists more than %1 photos").arg(spec.max));
  }
  return std::nullopt;
}

std::optional<Rejection> checkField(const FieldSpec& spec, const QVariant& value, const ValidationContext& context) {
  switch (spec.type) {
    case FieldType::Text: return checkText(spec, value);
    case FieldType::Integer: return checkInteger(spec, value);
    case FieldType::Boolean:
      if (value.typeId() != QMetaType::Bool) return fieldError(spec, "phải là có/không", "must be yes or no");
      return std::nullopt;
    case FieldType::Date: return checkDate(spec, value, context);
    case FieldType::Choice: {
      const int choice = value.toInt();
      if (choice < 1 || choice > spec.max) return fieldError(spec, "cần chọn một giá trị", "choose a value");
      return std::nullopt;
    }
    case FieldType::Id:
      if (!isUuid(value.toString())) return fieldError(spec, "cần chọn", "choose one");
      return std::nullopt;
    case FieldType::IdList: return checkIdList(spec, value);
    case FieldType::PhotoList: return checkPhotoList(spec, value);
  }
  return std::nullopt;
}

// Rules that relate fields of one kind to each other.
std::optional<Rejection> checkCrossField(RecordKind kind, const QVariantMap& fields) {
  const RecordSchema& schema = schemaFor(kind);
  if (kind == RecordKind::Activity &&
      fields.value("participants_women").toLongLong() > fields.value("participants_total").toLongLong())
    return fieldError(*schema.field("participants_women"), "không được lớn hơn tổng số người tham gia",
                      "cannot exceed the total number of participants");
  if (kind == RecordKind::Training) {
    const QStringList employed = fields.value("employed_ids").toStringList();
    const QStringList trainees = fields.value("trainee_ids").toStringList();
    const int trainingKind = fields.value("kind").toInt();
    constexpr int kVocational = 3, kCounselling = 4;
    if (!employed.isEmpty() && trainingKind != kVocational && trainingKind != kCounselling)
      return fieldError(*schema.field("employed_ids"), "chỉ dùng cho đào tạo, tư vấn nghề",
                        "applies to vocational training and counselling only");
    for (const QString& id : employed)
      if (!trainees.contains(id))
        return fieldError(*schema.field("employed_ids"), "phải là người đã được đào tạo",
                          "must be among the people trained");
  }
  if (kind == RecordKind::Member && fields.contains("left_on") &&
      fields.value("left_on").toDate() < fields.value("joined_on").toDate())
    return fieldError(*schema.field("left_on"), "không được trước ngày vào Hội", "cannot be before joining");
  if ((kind == RecordKind::PlanEvent || kind == RecordKind::Congress) && fields.contains("end_date") &&
      fields.value("end_date").toDate() < fields.value("start_date").toDate())
    return fieldError(*schema.field("end_date"), "không được trước ngày bắt đầu", "cannot be before the start");
  constexpr int kWomanWorker = 4, kMale = 2;
  if (kind == RecordKind::Person && fields.value("role").toInt() == kWomanWorker &&
      fields.value("sex").toInt() == kMale)
    return fieldError(*schema.field("sex"), "lao động nữ là phụ nữ", "a woman worker is a woman");
  constexpr int kReturned = 2;
  if (kind == RecordKind::ReviewDecision && fields.value("outcome").toInt() == kReturned &&
      fields.value("comment").toString().trimmed().isEmpty())
    return fieldError(*schema.field("comment"), "cần ghi rõ lý do trả lại", "say why the record is returned");
  return std::nullopt;
}

std::optional<Rejection> checkEnvelope(const RecordVersion& version, const ValidationContext& context) {
  if (!isUuid(version.recordId)) return rejectionFor(ReasonCode::Malformed, QStringLiteral("record_id"));
  if (!isUuid(version.versionId)) return rejectionFor(ReasonCode::Malformed, QStringLiteral("version_id"));
  if (!version.baseVersionId.isEmpty() && !isUuid(version.baseVersionId))
    return rejectionFor(ReasonCode::Malformed, QStringLiteral("base_version_id"));
  // Before the unit is looked up, so that an id of megabytes is not echoed back as an unknown unit.
  if (version.unitId.size() > kMaxCodeText)
    return textTooLong(QStringLiteral("unit_id"), QStringLiteral("Mã đơn vị"), QStringLiteral("Unit id"), kMaxCodeText);
  const OrgUnit* unit = context.tree->find(version.unitId);
  if (!unit) return rejectionFor(ReasonCode::UnknownUnit, version.unitId);
  if (!context.scopeUnitId.isEmpty() && !context.tree->isWithin(version.unitId, context.scopeUnitId))
    return rejectionFor(ReasonCode::OutOfScope, version.unitId);
  if (mustBelongToBranch(version.kind) && unit->level != UnitLevel::Branch)
    return rejectionFor(ReasonCode::WrongUnitLevel, version.unitId);
  if (mustBelongAboveBranch(version.kind) && unit->level == UnitLevel::Branch)
    return Rejection{ReasonCode::WrongUnitLevel, version.unitId,
                     QStringLiteral("Loại hồ sơ này phải thuộc cơ sở Hội trở lên, không thuộc chi hội (%1)")
                         .arg(version.unitId),
                     QStringLiteral("This kind of record belongs to a commune unit or above, not a branch (%1)")
                         .arg(version.unitId)};
  return std::nullopt;
}

}  // namespace

std::optional<Rejection> validateFields(RecordKind kind, const QVariantMap& fields,
                                       const ValidationContext& givenContext) {
  const RecordSchema& schema = schemaFor(kind);
  // Plan events are announced ahead (a congress in June is entered in January): their dates may lie ahead.
  ValidationContext context = givenContext;
  if (kind == RecordKind::PlanEvent) context.latest = QDate();
  for (auto it = fields.cbegin(); it != fields.cend(); ++it)
    if (!schema.field(it.key())) return rejectionFor(ReasonCode::InvalidField, it.key());
  if (auto rejection = checkBounds(kind, fields)) return rejection;
  for (const FieldSpec& spec : schema.fields) {
    const QVariant value = fields.value(spec.name);
    if (!value.isValid() || value.isNull()) {
      if (spec.required) return fieldError(spec, "không được để trống", "is required");
      continue;
    }
    if (auto rejection = checkField(spec, value, context)) return rejection;
  }
  return checkCrossField(kind, fields);
}

std::optional<Rejection> validateRecordVersion(const RecordVersion& version, const ValidationContext& context) {
  if (auto rejection = checkEnvelope(version, context)) return rejection;
  if (version.deleted) return checkBounds(version.kind, version.fields);
  return validateFields(version.kind, version.fields, context);
}

}  // namespace sohoi
