#pragma once
// A device store filled without a server: an enrolled account in a small org tree and a plausible
// branch's records. For screenshots, the benchmark and the Qt Quick tests (never for the real app's data).
#include "common/status.h"
#include "store/local_store.h"

namespace sohoi::app {

/// The branch the demo account records for.
inline const char* const kDemoBranchId = "05449-1";

/// The commune unit above it, where a commune officer's device is enrolled.
inline const char* const kDemoCommuneId = "05449";

/// Enrols store in the demo tree (Thái Nguyên → TP Thái Nguyên → Phường Phan Đình Phùng → a branch) with a
/// fake credential and server address, at unitId (the branch, or the commune); no records.
client::Status enrolDemoAccount(client::LocalStore& store, const QString& serverAddress = QStringLiteral("127.0.0.1:50051"),
                                const QString& unitId = QString::fromLatin1(kDemoBranchId));

/// Stores the plan file at planPath with units and their 2020 baselines as reference data, as a pull would.
client::Status storeDemoReference(client::LocalStore& store, const QString& planPath, std::vector<OrgUnit> units,
                                  std::vector<plan::UnitBaseline> baselines);

/// Stores the plan file at planPath, the demo tree and the demo branch's 2020 baselines as reference data,
/// as a pull would (growth and share targets then show on the home page).
client::Status addDemoPlan(client::LocalStore& store, const QString& planPath);

/// Adds a branch's typical records: people, households with visits, activities, a training, members.
/// Then marks some as synced, so lists show both states. extraActivities adds that many more activities.
client::Status addDemoRecords(client::LocalStore& store, int extraActivities = 0);

/// Adds one record of each of the plan's other kinds the account's unit may add (an exemplar, a media
/// post, …; at a commune also its fund report and rating), so their lists have something to show.
client::Status addDemoOtherRecords(client::LocalStore& store);

}  // namespace sohoi::app
