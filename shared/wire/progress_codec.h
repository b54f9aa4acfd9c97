#pragma once
// A unit's progress (plan/progress.h) to and from its sohoi.v1 form: the server answers GetProgress with
// it, the workspace reads it back.
#include "plan/progress.h"

#include "sohoi/v1/report.pb.h"

namespace sohoi {

void toProto(const plan::UnitProgress& unit, v1::UnitProgress* out);
plan::UnitProgress fromProto(const v1::UnitProgress& in);

}  // namespace sohoi
