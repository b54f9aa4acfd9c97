#pragma once
// A district officer's workspace store filled without a server: signed in with an account at the demo
// district, holding records of its branches as pulls bring them, some already reviewed. For the
// workspace's screenshots, its benchmark and its Qt Quick tests (never for the real app's data).
#include "admin/oversight_types.h"
#include "common/status.h"
#include "store/local_store.h"

#include <QDate>

namespace sohoi::app {

/// The district (TP Thái Nguyên) the demo officer reviews for.
inline const char* const kDemoDistrictId = "164";

/// The date of the demo's newest records: in the shipped plan's year, so they count toward its targets.
inline const QDate kDemoNewestDate{2021, 12, 15};

/// Signs store in as a district officer of the demo tree (three commune units of four branches each) and
/// adds count records from the branches' tablets: activities, members and media posts. Of them, some
/// are approved, some returned with a comment, some returned and fixed since, and one is a hard conflict
/// (two edits of its title from one version, both held).
client::Status addDemoWorkspace(client::LocalStore& store, int count);

/// Stores the plan file at planPath with the demo district's tree and 2020 baselines, as a pull would.
client::Status addDemoWorkspacePlan(client::LocalStore& store, const QString& planPath);

/// Sync health of the demo district's branches at nowMs: most synced within days, one silent for two weeks
/// with records waiting, one tablet with a wrong clock, one branch with no tablet yet.
client::SyncHealth demoSyncHealth(qint64 nowMs);

/// The demo district's tablets, as the server lists them: those of demoSyncHealth, one of them revoked.
std::vector<client::ManagedDevice> demoDevices(qint64 nowMs);

}  // namespace sohoi::app
