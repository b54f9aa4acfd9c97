#pragma once
// Sync health as staff read it: every open branch asked about, with or without devices, each with the
// active devices working there and where it lies (commune, district), worst first (shared rules).
#include "storage/device_repository.h"

#include "domain/org_tree.h"
#include "health/sync_health.h"

#include <QStringList>
#include <vector>

namespace sohoi::server {

/// The rows for branchIds (closed branches skipped) from devices (revoked ones skipped; one at a merged
/// branch counts for its successor), judged at nowMs with silentAfterDays.
SyncHealthReport syncHealthReport(const OrgTree& tree, const QStringList& branchIds, const std::vector<Device>& devices,
                                  qint64 nowMs, int silentAfterDays);

}  // namespace sohoi::server
