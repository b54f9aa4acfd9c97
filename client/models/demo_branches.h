#pragma once
// A commune officer's demo store: the commune with two branches and a plan year of their records, as a
// pull would bring them, so the branches' progress page has branches ahead and behind to show. For
// screenshots and tests only.
#include "common/status.h"
#include "store/local_store.h"

namespace sohoi::app {

/// The demo commune's second branch (the first is kDemoBranchId).
inline const char* const kDemoSecondBranchId = "05449-2";

/// Stores the plan at planPath with the demo tree plus a second branch and the 2020 baselines of both, then
/// 2021 records in both branches: branch 1 trained its leader and keeps its members; branch 2 did neither.
client::Status addDemoBranches(client::LocalStore& store, const QString& planPath);

}  // namespace sohoi::app
