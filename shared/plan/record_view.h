#pragma once
// What the progress engine reads of a record: its current version only (deleted records left out by the
// caller), so the server can feed it from its "current" table and the device from its local store.
#include <QString>
#include <QVariantMap>

#include "clock/hybrid_logical_clock.h"
#include "domain/record_kind.h"

namespace sohoi::plan {

struct RecordView {
  QString recordId;
  RecordKind kind = RecordKind::Activity;
  QString unitId;
  HlcStamp hlc = 0;    // breaks ties between records of one date: the later edit is the later assessment
  QVariantMap fields;  // by schema name, typed as in RecordVersion::fields
};

}  // namespace sohoi::plan
