#include "form_values.h"

#include "language.h"
#include "validation/record_validator.h"

namespace sohoi::app {

QString formatDate(const QDate& date) { return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

QDate parseDate(const QString& text) {
  const QString trimmed = text.trimmed();
  for (const char* format : {"d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd"}) {
    const QDate date = QDate::fromString(trimmed, QLatin1String(format));
    if (date.isValid()) return date;
  }
  return {};
}

QVariantMap typedFields(RecordKind kind, const QVariantMap& raw) {
  QVariantMap typed;
  for (const FieldSpec& spec : schemaFor(kind).fields) {
    const QVariant value = raw.value(spec.name);
    switch (spec.type) {
      case FieldType::Text:
        if (!value.toString().trimmed().isEmpty()) typed.insert(spec.name, value.toString().trimmed());
        break;
      case FieldType::Integer: {
        const QString text = value.toString().trimmed().remove(QLatin1Char('.')).remove(QLatin1Char(' '));
        if (text.isEmpty()) break;
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        typed.insert(spec.name, ok ? QVariant(number) : QVariant(value.toString()));
        break;
      }
      case FieldType::Boolean:
        if (value.toBool()) typed.insert(spec.name, true);
        break;
      case FieldType::Date:
        if (!value.toString().trimmed().isEmpty()) typed.insert(spec.name, parseDate(value.toString()));
        break;
      case FieldType::Choice:
        if (value.toInt() != 0) typed.insert(spec.name, value.toInt());
        break;
      case FieldType::Id:
        if (!value.toString().isEmpty()) typed.insert(spec.name, value.toString());
        break;
      case FieldType::IdList:
      case FieldType::PhotoList:
        if (!value.toStringList().isEmpty()) typed.insert(spec.name, value.toStringList());
        break;
    }
  }
  return typed;
}

QVariantMap rawFields(RecordKind kind, const QVariantMap& typed) {
  QVariantMap raw;
  for (const FieldSpec& spec : schemaFor(kind).fields) {
    const QVariant value = typed.value(spec.name);
    switch (spec.type) {
      case FieldType::Text: raw.insert(spec.name, value.toString()); break;
      case FieldType::Integer: raw.insert(spec.name, value.isValid() ? QString::number(value.toLongLong()) : QString()); break;
      case FieldType::Boolean: raw.insert(spec.name, value.toBool()); break;
      case FieldType::Date: raw.insert(spec.name, formatDate(value.toDate())); break;
      case FieldType::Choice: raw.insert(spec.name, value.toInt()); break;
      case FieldType::Id: raw.insert(spec.name, value.toString()); break;
      case FieldType::IdList:
      case FieldType::PhotoList: raw.insert(spec.name, value.toStringList()); break;
    }
  }
  return raw;
}

QVariant rawFromJson(const FieldSpec& spec, const QVariant& value) {
  switch (spec.type) {
    case FieldType::Boolean: return value.toBool();
    case FieldType::Choice: return value.toInt();
    case FieldType::IdList:
    case FieldType::PhotoList: return value.toStringList();
    default: return value.toString();
  }
}

namespace {

// A value that passes spec's own rules, to stand in for a field already known to be wrong.
QVariant standIn(const FieldSpec& spec, const ValidationContext& context) {
  switch (spec.type) {
    case FieldType::Text: return QString(static_cast<int>(std::max<qint64>(spec.min, 1)), QLatin1Char('x'));
    case FieldType::Integer: return spec.min;
    case FieldType::Boolean: return false;
    case FieldType::Date: return context.earliest.isValid() ? context.earliest : QDate::currentDate();
    case FieldType::Choice: return 1;
    case FieldType::Id: return QStringLiteral("00000000-0000-7000-8000-000000000000");
    case FieldType::IdList: return QStringList{QStringLiteral("00000000-0000-7000-8000-000000000000")};
    case FieldType::PhotoList: return QStringList();
  }
  return {};
}

// "Tên hoạt động: không được để trống" → "không được để trống": the label is already beside the field.
QString withoutLabel(const QString& message, const QString& label) {
  const QString prefix = label + QStringLiteral(": ");
  QString rest = message.startsWith(prefix) ? message.mid(prefix.size()) : message;
  if (!rest.isEmpty()) rest[0] = rest[0].toUpper();
  return rest;
}

}  // namespace

QHash<QString, QString> fieldMessages(RecordKind kind, const QVariantMap& typed, const ValidationContext& context) {
  QHash<QString, QString> messages;
  const RecordSchema& schema = schemaFor(kind);
  QVariantMap fields = typed;
  for (size_t guard = 0; guard <= schema.fields.size(); ++guard) {
    const std::optional<Rejection> rejection = validateFields(kind, fields, context);
    if (!rejection) break;
    const FieldSpec* spec = schema.field(rejection->field);
    if (!spec || messages.contains(spec->name)) break;
    messages.insert(spec->name, withoutLabel(localized(rejection->messageVi, rejection->messageEn),
                                             localized(spec->labelVi, spec->labelEn)));
    if (spec->required)
      fields.insert(spec->name, standIn(*spec, context));
    else
      fields.remove(spec->name);
  }
  return messages;
}

}  // namespace sohoi::app
