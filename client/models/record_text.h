#pragma once
// A record's parts in words, for every view that shows them (the detail page, the conflict dialog): a
// field's value as a person reads it, and where and when a version was made.
#include "domain/record_schema.h"
#include "domain/record_version.h"

#include <QString>
#include <QVariant>

namespace sohoi::app {

class RecordManager;

/// value of the field spec of a kind in words: "Có"/"Không" ("✓ Đạt"/"✗ Chưa đạt" for a criterion), a date, a choice's label, a number with the
/// locale's grouping, the names of the records an id or id list points at (the id when unknown).
QString fieldValueText(RecordManager& manager, RecordKind kind, const FieldSpec& spec, const QVariant& value);

/// Where version was made, as its reader knows it: this tablet or computer, or a device of its unit.
QString versionOrigin(const RecordManager& manager, const RecordVersion& version);

/// The moment a hybrid clock stamp names (when a version or a decision was made), "dd/MM/yyyy HH:mm" in
/// local time.
QString stampTime(HlcStamp stamp);

}  // namespace sohoi::app
