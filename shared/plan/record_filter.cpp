#include "record_filter.h"

#include "domain/record_schema.h"

namespace sohoi::plan {

namespace {

bool isDefault(FieldType type, const QVariant& value) {
  if (!value.isValid() || value.isNull()) return true;
  switch (type) {
    case FieldType::Text:
    case FieldType::Id:
      return value.toString().isEmpty();
    case FieldType::Integer:
    case FieldType::Choice:
      return value.toLongLong() == 0;
    case FieldType::Boolean:
      return !value.toBool();
    case FieldType::Date:
      return !value.toDate().isValid();
    case FieldType::IdList:
    case FieldType::PhotoList:
      return value.toStringList().isEmpty();
  }
  return true;
}

bool equalsOne(FieldType type, const QVariant& value, const QVariant& wanted) {
  if (wanted.isNull()) return isDefault(type, value);
  switch (type) {
    case FieldType::Text:
    case FieldType::Id:
      return value.toString() == wanted.toString();
    case FieldType::Integer:
    case FieldType::Choice:
      return value.toLongLong() == wanted.toLongLong();
    case FieldType::Boolean:
      return value.toBool() == wanted.toBool();
    case FieldType::Date:
      return value.toDate() == wanted.toDate();
    case FieldType::IdList:
    case FieldType::PhotoList:
      return value.toStringList().contains(wanted.toString());
  }
  return false;
}

}  // namespace

QString periodField(RecordKind kind) {
  switch (kind) {
    case RecordKind::Person:
    case RecordKind::Household:
    case RecordKind::ReviewDecision:
      return {};
    case RecordKind::Member:
      return QStringLiteral("joined_on");
    case RecordKind::FundReport:
    case RecordKind::UnitRating:
      return QStringLiteral("year");
    case RecordKind::PlanEvent:
    case RecordKind::Congress:
      return QStringLiteral("start_date");
    case RecordKind::Activity:
    case RecordKind::Training:
    case RecordKind::HouseholdVisit:
    case RecordKind::Exemplar:
    case RecordKind::MediaPost:
    case RecordKind::EconomicSupport:
    case RecordKind::ProgrammeContribution:
    case RecordKind::Award:
    case RecordKind::CommitteeChange:
      return QStringLiteral("date");
  }
  return {};
}

std::optional<RecordKind> referencedKind(RecordKind kind, const QString& field) {
  if (kind == RecordKind::HouseholdVisit && field == QLatin1String("household_id"))
    return RecordKind::Household;
  if (kind == RecordKind::Training &&
      (field == QLatin1String("trainee_ids") || field == QLatin1String("employed_ids")))
    return RecordKind::Person;
  if (kind == RecordKind::ProgrammeContribution && field == QLatin1String("person_id"))
    return RecordKind::Person;
  if (kind == RecordKind::EconomicSupport && field == QLatin1String("person_ids")) return RecordKind::Person;
  if (kind == RecordKind::HouseholdVisit && field == QLatin1String("help_id")) return RecordKind::EconomicSupport;
  return std::nullopt;
}

bool isReferencedKind(RecordKind kind) {
  return kind == RecordKind::Person || kind == RecordKind::Household || kind == RecordKind::EconomicSupport;
}

Placement placeRecord(const RecordView& record, const QString& dateField, const PeriodRange& period) {
  const QString field = dateField.isEmpty() ? periodField(record.kind) : dateField;
  if (field.isEmpty()) return Placement::Undated;
  const QVariant value = record.fields.value(field);
  if (!value.isValid()) return Placement::Undated;
  if (value.typeId() == QMetaType::QDate) {
    const QDate date = value.toDate();
    if (!date.isValid()) return Placement::Undated;
    if (date < period.start) return Placement::Before;
    return date > period.end ? Placement::After : Placement::In;
  }
  const qint64 year = value.toLongLong();
  if (year <= 0) return Placement::Undated;
  if (year < period.start.year()) return Placement::Before;
  return year > period.end.year() ? Placement::After : Placement::In;
}

QDate sortDate(const RecordView& record, const QString& dateField) {
  const QString field = dateField.isEmpty() ? periodField(record.kind) : dateField;
  if (field.isEmpty()) return {};
  const QVariant value = record.fields.value(field);
  if (value.typeId() == QMetaType::QDate) return value.toDate();
  const qint64 year = value.toLongLong();
  return year > 0 ? QDate(static_cast<int>(year), 1, 1) : QDate();
}

bool matchesAll(RecordKind kind, const QVariantMap& fields, const std::vector<FieldCondition>& conditions) {
  const RecordSchema& schema = schemaFor(kind);
  for (const FieldCondition& condition : conditions) {
    const FieldSpec* spec = schema.field(condition.field);
    if (!spec) return false;
    const QVariant value = fields.value(condition.field);
    if (condition.set) {
      if (isDefault(spec->type, value)) return false;
      continue;
    }
    bool any = false;
    for (const QVariant& wanted : condition.anyOf) {
      if (equalsOne(spec->type, value, wanted)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

}  // namespace sohoi::plan
