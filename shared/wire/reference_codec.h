#pragma once
// Reference data (plan/reference_data.h) to and from sohoi.v1 messages. The server sends parts it shares
// between devices, so the parts convert one by one; the device reads the whole message.
#include "plan/reference_data.h"

#include "sohoi/v1/sync.pb.h"

namespace sohoi {

void toProto(const plan::PlanFile& plan, v1::PlanFile* out);
void toProto(const plan::UnitBaseline& baseline, v1::UnitBaseline* out);
plan::ReferenceData fromProto(const v1::ReferenceData& in);

}  // namespace sohoi
