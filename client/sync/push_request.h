#pragma once
// The bytes a device sends for a batch of its outbox: one definition, so the benchmark's server-side
// ingest figure replays exactly what SyncClient puts on the wire.
#include "store/store_types.h"

#include "sohoi/v1/sync.pb.h"

#include <vector>

namespace sohoi::client {

/// A PushRequest carrying mutations with their sequence numbers, without device and author ids (the
/// server takes those from the credential). The caller fills in the ClientInfo.
v1::PushRequest toPushRequest(const std::vector<Mutation>& mutations);

}  // namespace sohoi::client
