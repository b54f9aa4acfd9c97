#include <QJsonArray>

#include "plan_parser.h"
#include "plan_text.h"
#include "record_filter.h"
#include "sohoi/v1/records.pb.h"
#include "unit_baseline.h"

namespace sohoi::plan {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

// The protobuf enum behind a Choice field, so plans may name choices ("propaganda") instead of numbers.
const google::protobuf::EnumDescriptor* enumOf(RecordKind kind, const QString& field) {
  const auto* payload = v1::RecordVersion::descriptor()->FindFieldByName(recordKindName(kind).toStdString());
  if (!payload || !payload->message_type()) return nullptr;
  const auto* descriptor = payload->message_type()->FindFieldByName(field.toStdString());
  return descriptor ? descriptor->enum_type() : nullptr;
}

std::optional<int> enumValue(RecordKind kind, const QString& field, const QString& name) {
  const auto* type = enumOf(kind, field);
  if (!type || type->value_count() == 0) return std::nullopt;
  const std::string unspecified = type->value(0)->name();  // "ACTIVITY_KIND_UNSPECIFIED"
  const std::string prefix = unspecified.substr(0, unspecified.size() - std::string("UNSPECIFIED").size());
  for (const std::string& candidate : {name.toStdString(), prefix + name.toUpper().toStdString()})
    if (const auto* value = type->FindValueByName(candidate); value && value->number() > 0)
      return value->number();
  return std::nullopt;
}

}  // namespace

QByteArray jsonText(const QJsonValue& value) {
  if (value.isString()) return '"' + value.toString().toUtf8() + '"';
  if (value.isDouble()) return QByteArray::number(value.toDouble());
  if (value.isBool()) return value.toBool() ? "true" : "false";
  return {};
}

void PlanParser::fail(const QString& key, const QJsonValue& value, const QString& vi, const QString& en) {
  errors_.push_back({file_, lineOfKey(text_, range_, key.toUtf8(), jsonText(value)), vi, en});
}

void PlanParser::checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& where) {
  for (auto it = object.begin(); it != object.end(); ++it)
    if (!allowed.contains(it.key()))
      fail(it.key(), {}, QStringLiteral("khoá \"%1\" không dùng được trong %2").arg(it.key(), where),
           QStringLiteral("key \"%1\" is not known in %2").arg(it.key(), where));
}

bool PlanParser::nonNegative(const QJsonObject& object, const QString& key, double* out) {
  const QJsonValue value = object.value(key);
  if (!value.isDouble()) {
    fail(key, value, QStringLiteral("\"%1\" phải là một số").arg(key),
         QStringLiteral("\"%1\" must be a number").arg(key));
    return false;
  }
  if (value.toDouble() < 0) {
    fail(key, value, QStringLiteral("ngưỡng \"%1\" không được âm (%2)").arg(key).arg(value.toDouble()),
         QStringLiteral("threshold \"%1\" cannot be negative (%2)").arg(key).arg(value.toDouble()));
    return false;
  }
  *out = value.toDouble();
  return true;
}

bool PlanParser::baselineName(const QJsonObject& object, const QString& key, QString* out) {
  const QJsonValue value = object.value(key);
  if (!isBaselineField(value.toString())) {
    fail(key, value,
         QStringLiteral("số liệu gốc \"%1\" không tồn tại (có: %2)")
             .arg(value.toString(), baselineFieldNames().join(", ")),
         QStringLiteral("unknown baseline \"%1\" (known: %2)")
             .arg(value.toString(), baselineFieldNames().join(", ")));
    return false;
  }
  *out = value.toString();
  return true;
}

bool PlanParser::fieldOfType(RecordKind kind, const QJsonValue& value, const QString& key,
                             std::initializer_list<FieldType> types, QString* out) {
  const FieldSpec* spec = schemaFor(kind).field(value.toString());
  if (!spec) {
    fail(key, value,
         QStringLiteral("loại hồ sơ %1 không có trường \"%2\"").arg(recordKindName(kind), value.toString()),
         QStringLiteral("record kind %1 has no field \"%2\"").arg(recordKindName(kind), value.toString()));
    return false;
  }
  if (std::find(types.begin(), types.end(), spec->type) == types.end()) {
    fail(key, value, QStringLiteral("trường \"%1\" không dùng được cho \"%2\"").arg(value.toString(), key),
         QStringLiteral("field \"%1\" is of the wrong type for \"%2\"").arg(value.toString(), key));
    return false;
  }
  *out = spec->name;
  return true;
}

std::optional<QVariant> PlanParser::conditionValue(RecordKind kind, const FieldSpec& spec,
                                                   const QJsonValue& value) {
  if (value.isNull()) return QVariant();
  switch (spec.type) {
    case FieldType::Boolean:
      if (value.isBool()) return QVariant(value.toBool());
      break;
    case FieldType::Integer:
      if (value.isDouble()) return QVariant(static_cast<qint64>(value.toDouble()));
      break;
    case FieldType::Choice:
      if (value.isDouble() && value.toDouble() >= 1 && value.toDouble() <= static_cast<double>(spec.max))
        return QVariant(value.toInt());
      if (value.isString())
        if (auto number = enumValue(kind, spec.name, value.toString())) return QVariant(*number);
      break;
    case FieldType::Text:
    case FieldType::Id:
    case FieldType::IdList:
    case FieldType::PhotoList:
      if (value.isString()) return QVariant(value.toString());
      break;
    case FieldType::Date:
      if (const QDate date = QDate::fromString(value.toString(), kDateFormat); date.isValid())
        return QVariant(date);
      break;
  }
  return std::nullopt;
}

bool PlanParser::parseConditions(RecordKind kind, const QJsonValue& value, const QString& key,
                                 std::vector<FieldCondition>* conditions) {
  if (value.isUndefined()) return true;
  if (!value.isObject()) {
    fail(key, {}, QStringLiteral("\"%1\" phải là một đối tượng {trường: giá trị}").arg(key),
         QStringLiteral("\"%1\" must be an object {field: value}").arg(key));
    return false;
  }
  bool ok = true;
  const QJsonObject object = value.toObject();
  for (auto it = object.begin(); it != object.end(); ++it) {
    const FieldSpec* spec = schemaFor(kind).field(it.key());
    if (!spec) {
      fail(it.key(), {},
           QStringLiteral("loại hồ sơ %1 không có trường \"%2\"").arg(recordKindName(kind), it.key()),
           QStringLiteral("unknown field \"%2\" for record kind %1").arg(recordKindName(kind), it.key()));
      ok = false;
      continue;
    }
    FieldCondition condition{spec->name, {}};
    if (it.value().toString() == QLatin1String("$set")) {  // a link is there, whatever it names
      condition.set = true;
      conditions->push_back(condition);
      continue;
    }
    const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
    for (const QJsonValue& wanted : values) {
      if (auto converted = conditionValue(kind, *spec, wanted)) {
        condition.anyOf.append(*converted);
      } else {
        fail(it.key(), wanted,
             QStringLiteral("giá trị %1 không hợp với trường \"%2\"")
                 .arg(QString::fromUtf8(jsonText(wanted)), it.key()),
             QStringLiteral("value %1 does not fit field \"%2\"")
                 .arg(QString::fromUtf8(jsonText(wanted)), it.key()));
        ok = false;
      }
    }
    if (condition.anyOf.isEmpty() && ok) {
      fail(it.key(), {}, QStringLiteral("trường \"%1\" cần ít nhất một giá trị").arg(it.key()),
           QStringLiteral("field \"%1\" needs at least one value").arg(it.key()));
      ok = false;
    }
    conditions->push_back(condition);
  }
  return ok;
}

bool PlanParser::parseReference(RecordKind kind, const QJsonValue& value, const QString& key, QString* field,
                                std::vector<FieldCondition>* conditions) {
  const QJsonObject ref = value.toObject();
  checkKeys(ref, {"field", "where"}, key);
  const auto target = referencedKind(kind, ref.value("field").toString());
  if (!target) {
    fail(QStringLiteral("field"), ref.value("field"),
         QStringLiteral("trường \"%1\" của %2 không trỏ tới hồ sơ khác")
             .arg(ref.value("field").toString(), recordKindName(kind)),
         QStringLiteral("field \"%1\" of %2 does not refer to another record")
             .arg(ref.value("field").toString(), recordKindName(kind)));
    return false;
  }
  *field = ref.value("field").toString();
  return parseConditions(*target, ref.value("where"), QStringLiteral("where"), conditions);
}

bool PlanParser::parseFilter(const QJsonValue& value, RecordFilter* filter) {
  if (!value.isObject()) {
    fail(QStringLiteral("records"), {}, QStringLiteral("thiếu \"records\": loại hồ sơ được đọc"),
         QStringLiteral("\"records\" is missing: which records are read"));
    return false;
  }
  const QJsonObject object = value.toObject();
  checkKeys(object, {"kind", "where", "ref", "date_field", "dated", "ended_by", "until", "own"},
            QStringLiteral("records"));
  filter->own = object.value("own").toBool();
  const QJsonValue kindValue = object.value("kind");
  const auto kind = recordKindFromName(kindValue.toString());
  if (!kind) {
    fail(QStringLiteral("kind"), kindValue,
         QStringLiteral("loại hồ sơ \"%1\" không tồn tại").arg(kindValue.toString()),
         QStringLiteral("unknown record kind \"%1\"").arg(kindValue.toString()));
    return false;
  }
  filter->kind = *kind;
  bool ok = parseConditions(*kind, object.value("where"), QStringLiteral("where"), &filter->where);
  if (object.contains("ref"))
    ok = parseReference(*kind, object.value("ref"), QStringLiteral("ref"), &filter->refField, &filter->refWhere) &&
         ok;
  if (object.contains("date_field"))
    ok = fieldOfType(*kind, object.value("date_field"), QStringLiteral("date_field"),
                     {FieldType::Date, FieldType::Integer}, &filter->dateField) &&
         ok;
  if (object.contains("ended_by"))
    ok = fieldOfType(*kind, object.value("ended_by"), QStringLiteral("ended_by"), {FieldType::Date},
                     &filter->endedBy) &&
         ok;
  if (object.contains("until")) {
    filter->until = QDate::fromString(object.value("until").toString(), kDateFormat);
    if (!filter->until.isValid()) {
      fail(QStringLiteral("until"), object.value("until"), QStringLiteral("\"until\" phải là ngày yyyy-MM-dd"),
           QStringLiteral("\"until\" must be a date yyyy-MM-dd"));
      ok = false;
    }
  }
  const QString dated = object.value("dated").toString(QStringLiteral("in_period"));
  if (dated == QLatin1String("in_period")) {
    filter->dated = Dated::InPeriod;
  } else if (dated == QLatin1String("to_period_end")) {
    filter->dated = Dated::ToPeriodEnd;
  } else if (dated == QLatin1String("any")) {
    filter->dated = Dated::Any;
  } else {
    fail(QStringLiteral("dated"), object.value("dated"),
         QStringLiteral("\"dated\" phải là in_period, to_period_end hoặc any"),
         QStringLiteral("\"dated\" must be in_period, to_period_end or any"));
    ok = false;
  }
  return ok;
}

bool PlanParser::parseQuantity(const QJsonObject& object, Quantity* quantity, bool distinctRequired) {
  bool ok = parseFilter(object.value("records"), &quantity->records);
  if (!ok) return false;
  const RecordKind kind = quantity->records.kind;
  if (object.contains("sum")) {
    quantity->aggregate = Aggregate::Sum;
    ok = fieldOfType(kind, object.value("sum"), QStringLiteral("sum"), {FieldType::Integer},
                     &quantity->field) &&
         ok;
  }
  if (kind == RecordKind::Person && object.value("distinct").toString() == QLatin1String(kPersonKey)) {
    quantity->aggregate = Aggregate::Distinct;
    quantity->field = QLatin1String(kPersonKey);
  } else if (object.contains("distinct") || distinctRequired) {
    quantity->aggregate = Aggregate::Distinct;
    ok = fieldOfType(kind, object.value("distinct"), QStringLiteral("distinct"),
                     {FieldType::Id, FieldType::IdList, FieldType::Text}, &quantity->field) &&
         ok;
  }
  if (object.contains("fallback_field"))
    ok = fieldOfType(kind, object.value("fallback_field"), QStringLiteral("fallback_field"),
                     {FieldType::Text}, &quantity->fallbackField) &&
         ok;
  if (object.contains("people_where")) {
    if (referencedKind(kind, quantity->field) != RecordKind::Person) {
      fail(QStringLiteral("people_where"), {},
           QStringLiteral("\"people_where\" cần \"distinct\" là trường trỏ tới người"),
           QStringLiteral("\"people_where\" needs \"distinct\" to be a field naming Person records"));
      ok = false;
    } else {
      ok = parseConditions(RecordKind::Person, object.value("people_where"), QStringLiteral("people_where"),
                           &quantity->peopleWhere) &&
           ok;
    }
  }
  if (object.contains("per_person_sum")) {
    const QJsonObject perPerson = object.value("per_person_sum").toObject();
    checkKeys(perPerson, {"field", "min"}, QStringLiteral("per_person_sum"));
    double min = 0;
    ok = fieldOfType(kind, perPerson.value("field"), QStringLiteral("field"), {FieldType::Integer},
                     &quantity->perPersonSumField) &&
         nonNegative(perPerson, QStringLiteral("min"), &min) && ok;
    quantity->perPersonMin = static_cast<qint64>(min);
  }
  if (object.contains("latest_by")) {
    const QJsonValue key = object.value("latest_by");
    if (key.toString() == QLatin1String("$unit")) {
      quantity->latestBy = key.toString();
    } else {
      ok = fieldOfType(kind, key, QStringLiteral("latest_by"), {FieldType::Id, FieldType::Text},
                       &quantity->latestBy) &&
           ok;
    }
    if (!object.contains("records") || !object.value("records").toObject().contains("dated"))
      quantity->records.dated = Dated::ToPeriodEnd;  // a status is the latest assessment, however old
  }
  if (object.contains("change")) {
    if (object.value("change").toString() != QLatin1String("newly") || quantity->latestBy.isEmpty()) {
      fail(QStringLiteral("change"), object.value("change"),
           QStringLiteral("\"change\" chỉ nhận \"newly\", cùng với \"latest_by\""),
           QStringLiteral("\"change\" takes only \"newly\", together with \"latest_by\""));
      ok = false;
    }
    quantity->newly = true;
  }
  if (object.contains("start_where")) {
    if (!quantity->newly) {
      fail(QStringLiteral("start_where"), {}, QStringLiteral("\"start_where\" cần \"change\": \"newly\""),
           QStringLiteral("\"start_where\" needs \"change\": \"newly\""));
      ok = false;
    }
    ok = parseConditions(kind, object.value("start_where"), QStringLiteral("start_where"),
                         &quantity->startWhere) &&
         ok;
  }
  if (object.contains("linked_in_period")) {
    if (quantity->latestBy.isEmpty()) {
      fail(QStringLiteral("linked_in_period"), {}, QStringLiteral("\"linked_in_period\" cần \"latest_by\""),
           QStringLiteral("\"linked_in_period\" needs \"latest_by\""));
      ok = false;
    }
    ok = parseReference(kind, object.value("linked_in_period"), QStringLiteral("linked_in_period"),
                        &quantity->linkField, &quantity->linkWhere) &&
         ok;
  }
  return ok;
}

bool PlanParser::parseAmount(const QJsonValue& value, const QString& key, Amount* amount) {
  const QJsonObject object = value.toObject();
  if (!value.isObject()) {
    fail(key, {}, QStringLiteral("thiếu \"%1\"").arg(key), QStringLiteral("\"%1\" is missing").arg(key));
    return false;
  }
  if (object.contains("records")) {
    checkKeys(object,
              {"records", "sum", "distinct", "fallback_field", "people_where", "per_person_sum", "latest_by",
               "change", "start_where", "linked_in_period"},
              key);
    amount->plus.emplace_back();
    return parseQuantity(object, &amount->plus.back(), false);
  }
  checkKeys(object, {"baseline", "plus", "minus"}, key);
  bool ok =
      !object.contains("baseline") || baselineName(object, QStringLiteral("baseline"), &amount->baseline);
  for (const QString& side : {QStringLiteral("plus"), QStringLiteral("minus")}) {
    for (const QJsonValue& item : object.value(side).toArray()) {
      std::vector<Quantity>& list = side == QLatin1String("plus") ? amount->plus : amount->minus;
      list.emplace_back();
      checkKeys(item.toObject(),
                {"records", "sum", "distinct", "fallback_field", "people_where", "per_person_sum",
                 "latest_by", "change", "start_where", "linked_in_period"},
                side);
      ok = parseQuantity(item.toObject(), &list.back(), false) && ok;
    }
  }
  return ok;
}

}  // namespace sohoi::plan
