#pragma once
// The server's own ingest rate: its push path (decode from the wire bytes, validate, store with the
// device's sequence, the change feed and the answer log, one transaction per batch) run in this process on
// a fresh database, without the network or the device in between. The end-to-end figure, where one device
// waits for each answer before it sends the next batch, is measured over gRPC by sohoi-bench (tools/).
#include <QString>
#include <string>
#include <vector>

namespace sohoi::server::bench {

/// Seconds the server's push path took for batches (serialized PushRequests of one device, numbered from
/// 1), on a fresh database at dbSpec holding the demo province; negative with *error on failure.
double serverSideIngest(const QString& dbSpec, const std::vector<std::string>& batches, QString* error);

}  // namespace sohoi::server::bench
