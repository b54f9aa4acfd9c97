#pragma once
// Conversion between domain record versions and their protobuf form, at the edges of both server and
// device. Driven by record_schema.h, so a new field needs no code here.
#include "domain/org_unit.h"
#include "domain/record_version.h"
#include "domain/rejection.h"
#include "sohoi/v1/sync.pb.h"

#include <optional>

namespace sohoi {

void toProto(const RecordVersion& version, v1::RecordVersion* out);
/// Refuses (with ReasonCode::Malformed) ids of the wrong size, a missing payload, or unknown enum values.
std::optional<Rejection> fromProto(const v1::RecordVersion& in, RecordVersion* out);

void toProto(const OrgUnit& unit, v1::OrgUnit* out);
OrgUnit fromProto(const v1::OrgUnit& in);

}  // namespace sohoi
