#include "records_csv.h"

#include "csv_writer.h"

#include "domain/choice_labels.h"
#include "domain/record_schema.h"

namespace sohoi::server {

namespace {

QString cellText(RecordKind kind, const FieldSpec& spec, const QVariant& value) {
  if (!value.isValid()) return {};
  switch (spec.type) {
    case FieldType::Boolean:
      return value.toBool() ? QStringLiteral("Có") : QStringLiteral("Không");
    case FieldType::Date:
      return csvDate(value.toDate());
    case FieldType::IdList:
    case FieldType::PhotoList:
      return value.toStringList().join(QStringLiteral("; "));
    case FieldType::Choice: {
      // A value without words (a newer app's choice) stays a number rather than vanishing from the sheet.
      const QString words = choiceLabel(kind, spec.name, value.toInt(), Language::Vietnamese);
      return words.isEmpty() ? QString::number(value.toLongLong()) : words;
    }
    case FieldType::Integer:
      return QString::number(value.toLongLong());
    case FieldType::Text:
    case FieldType::Id:
      break;
  }
  return value.toString();
}

}  // namespace

QByteArray recordsCsv(RecordKind kind, const std::vector<plan::RecordView>& records,
                      const QHash<QString, QString>& unitNames) {
  const RecordSchema& schema = schemaFor(kind);
  QStringList header{QStringLiteral("Mã hồ sơ"), QStringLiteral("Mã đơn vị"), QStringLiteral("Đơn vị")};
  for (const FieldSpec& spec : schema.fields) header << spec.labelVi;
  CsvWriter csv(header);
  QStringList cells;
  for (const plan::RecordView& record : records) {
    cells = {record.recordId, record.unitId, unitNames.value(record.unitId)};
    for (const FieldSpec& spec : schema.fields) cells << cellText(kind, spec, record.fields.value(spec.name));
    csv.addRow(cells);
  }
  return csv.bytes();
}

QString recordsCsvFileName(RecordKind kind) { return recordKindName(kind) + QStringLiteral(".csv"); }

}  // namespace sohoi::server
