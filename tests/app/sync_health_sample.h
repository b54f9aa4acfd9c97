#pragma once
// A sync-health answer with known last-sync times and waiting counts, as a fake server would give it, for
// the model's tests and the page's QuickTest.
#include "admin/oversight_types.h"

namespace sohoi::app::test {

inline constexpr qint64 kSampleNowMs = 1'625'000'000'000;  // June 2021
inline constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

/// Four branches, deliberately not in worst-first order: "Chi hội 1" synced 1 day ago with 2 waiting,
/// "Chi hội 2" 10 days ago with 5 waiting on a tablet whose clock is 3 days off, "Chi hội 3" never (no
/// device), "Chi hội 4" 3 days ago with nothing waiting, on two devices.
client::SyncHealth sampleSyncHealth();

}  // namespace sohoi::app::test
