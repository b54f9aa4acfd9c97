#pragma once
// The push batches the benchmark's device sent, written for sohoi-ingest-bench (server/bench/), which times
// the server's push path on exactly these bytes. The format is protobuf's length-delimited stream: for
// each batch a varint byte count, then a serialized sohoi.v1.PushRequest.
#include "store/store_types.h"

#include <QString>
#include <vector>

namespace sohoi::tools::bench {

/// Writes mutations to path in batches of batchSize, each as SyncClient sends it; false and *error on failure.
bool writePushBatches(const QString& path, const std::vector<client::Mutation>& mutations, int batchSize,
                      QString* error);

}  // namespace sohoi::tools::bench
