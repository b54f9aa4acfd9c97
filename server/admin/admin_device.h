#pragma once
// The admin console's own device: what sohoi-admin records (a review decision, an imported start state)
// it pushes as this device, through the same push path a tablet uses, so it is validated, logged and placed
// in the change feed like any other record.
#include "domain/record_version.h"
#include "storage/device_repository.h"
#include "sync/push_processor.h"

#include <optional>
#include <vector>

namespace sohoi::server {

class Database;

/// The admin console's device (province staff at the root of the tree), enrolled on first use and
/// remembered; nullopt with a bilingual *error when it cannot be enrolled.
std::optional<Device> adminDevice(Database& db, QString* error);

/// Pushes versions as device in one batch (numbered after the device's last push); a result per version.
PushBatchResult pushAsDevice(Database& db, const Device& device, const std::vector<RecordVersion>& versions);

}  // namespace sohoi::server
