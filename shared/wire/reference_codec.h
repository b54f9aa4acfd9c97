#pragma once
// Reference data (plan/reference_data.h) to and from sohoi.v1 messages. The server sends parts it shares
// between devices, so the parts convert one by one; the device reads the whole message.
#include "domain/rejection.h"
#include "plan/reference_data.h"

#include "sohoi/v1/sync.pb.h"

namespace sohoi {

/// The plan with its text as is, or (compressed) in text_zlib.
void toProto(const plan::PlanFile& plan, v1::PlanFile* out, bool compressed = false);
void toProto(const plan::UnitBaseline& baseline, v1::UnitBaseline* out);
/// Fills out from in; a plan text that does not decompress is Malformed, and out is then incomplete.
std::optional<Rejection> fromProto(const v1::ReferenceData& in, plan::ReferenceData* out);

}  // namespace sohoi
