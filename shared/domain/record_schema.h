#pragma once
// The fields of each record kind, as data: validation, storage (JSON), the wire codec and forms all read
// this one table, so a field is declared once. Names match the protobuf field names in records.proto.
// As in protobuf 3, a default value (empty text, 0, false, no date, empty list) means "not set".
#include "record_kind.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <vector>

namespace sohoi {

enum class FieldType {
  Text,     // QString
  Integer,  // qint64
  Boolean,  // bool
  Date,     // QDate
  Choice,   // int: a protobuf enum value, 0 means unset
  Id,       // QString UUID of another record
  IdList,   // QStringList of UUIDs
  PhotoList,  // QStringList of photos' SHA-256 as lowercase hex (32 raw bytes each on the wire)
};

/// How far back a Date field may go.
enum class DateRange {
  Period,   // an event of the reporting period: not before the period's first day
  State,    // a fact that may come before the period (a household's assessment that sets its state at the
            // period's start, an earlier election or award): since 2000
  History,  // a date in someone's history (joining the Union): since the Union was founded
};

struct FieldSpec {
  QString name;        // snake_case, as in records.proto
  FieldType type = FieldType::Text;
  bool required = false;
  qint64 min = 0;      // Integer: smallest allowed; Text: shortest (after trimming) when present
  qint64 max = 0;      // Integer: largest allowed; Text: longest; Choice: largest valid value; IdList: most ids
  QString labelVi;     // for messages and forms
  QString labelEn;
  // Date: how far back it may go; it still cannot be in the future.
  DateRange range = DateRange::Period;
  // Evidence (minh chứng): photos and the place, captured by the device rather than typed, so forms show
  // them with the photo strip instead of as a field of their own.
  bool evidence = false;
};

struct RecordSchema {
  RecordKind kind;
  std::vector<FieldSpec> fields;
  const FieldSpec* field(const QString& name) const;
};

const RecordSchema& schemaFor(RecordKind kind);

/// One field of a version that names other records (a visit's household, a training's people).
struct RecordReference {
  QString field;
  QStringList recordIds;
};
/// The other records fields of kind name, field by field (empty ones left out). A review decision's
/// reviewed_version_id names a version, not a record, and is not among them.
std::vector<RecordReference> recordReferences(RecordKind kind, const QVariantMap& fields);

}  // namespace sohoi
