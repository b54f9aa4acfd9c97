#pragma once
// The server's own ingest rate: its push path (decode from the wire bytes, validate, store with the
// device's sequence, the change feed and the answer log, one transaction per batch) run in this process on
// a fresh database, without the network or the device in between. The end-to-end figure, where one device
// waits for each answer before it sends the next batch, is measured separately over gRPC.
#include "store/store_types.h"

#include <QString>
#include <vector>

namespace sohoi::tools::bench {

/// Seconds the server's push path took for mutations, in batches of batchSize; negative with *error on failure.
double serverSideIngest(const QString& dbSpec, const std::vector<client::Mutation>& mutations, int batchSize, QString* error);

}  // namespace sohoi::tools::bench
