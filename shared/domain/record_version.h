#pragma once
// One immutable version of a record (DESIGN §5: an edit is a new version; nothing saved is overwritten).
#include "clock/hybrid_logical_clock.h"
#include "record_kind.h"

#include <QString>
#include <QDate>
#include <QVariantMap>

namespace sohoi {

struct RecordVersion {
  QString recordId;       // UUIDv7, made on the device
  QString versionId;      // UUIDv7, made on the device
  QString baseVersionId;  // the version this edit started from; empty for a record's first version
  QString unitId;         // the org unit the record belongs to
  QString authorId;       // the person who made it
  QString deviceId;       // the device that made it
  HlcStamp hlc = 0;
  bool deleted = false;   // a tombstone: the record is deleted from this version on
  RecordKind kind = RecordKind::Activity;
  // The kind's fields by schema name (record_schema.h): QString, qint64, bool, QDate, int (enums),
  // QString (ids) and QStringList (id lists). Absent means unset.
  QVariantMap fields;
};

}  // namespace sohoi
