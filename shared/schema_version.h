#pragma once
// The version of the data the app and server exchange. Raised when a change means an older app could no
// longer sync safely; the server answers UPDATE_NEEDED to anything older than kMinSupportedSchemaVersion.
// 2: the org tree, plan and baselines travel as PullResponse.reference (apps at 1 read PullResponse.units).
// 3: a record that leaves the device's scope arrives as Change.left_scope.
// 4: congress, award and committee-change records (apps before 4 cannot read them and are not sent them).
// 5: the plan's text arrives compressed (PlanFile.text_zlib).
#include "domain/record_kind.h"

namespace sohoi {

inline constexpr unsigned kSchemaVersion = 5;
inline constexpr unsigned kMinSupportedSchemaVersion = 1;
/// The first schema version whose apps read PullResponse.reference.
inline constexpr unsigned kReferenceDataSchemaVersion = 2;
/// The first schema version whose apps remove a record on Change.left_scope; older ones are not sent it.
inline constexpr unsigned kLeftScopeSchemaVersion = 3;
/// The first schema version whose apps read congress, award and committee-change records.
inline constexpr unsigned kOrganisationKindsSchemaVersion = 4;
/// The first schema version whose apps read the plan's text from PlanFile.text_zlib.
inline constexpr unsigned kCompressedPlanSchemaVersion = 5;

/// True when an app of schema version schema can read records of kind (older apps stop on an unknown one).
inline bool readsKind(unsigned schema, RecordKind kind) {
  const bool organisation =
      kind == RecordKind::Congress || kind == RecordKind::Award || kind == RecordKind::CommitteeChange;
  return !organisation || schema >= kOrganisationKindsSchemaVersion;
}

}  // namespace sohoi
