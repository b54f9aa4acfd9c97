#pragma once
// Progress as ReportService would answer it, computed from the records a store holds with the shared
// plan engine. The workspace's demo (screenshots, benchmark) reads its dashboard through it; a real
// workspace reads the server, which holds every record.
#include "report/progress_answer.h"
#include "sync/sync_transport.h"

namespace sohoi::app {

/// The answer for unitId and its children childDepth levels deep, read on asOf ("yyyy-MM-dd"; empty:
/// today), from the store at storePath. Blocking: opens its own connection.
client::RpcResult<client::ProgressAnswer> progressFromStore(const QString& storePath, const QString& unitId,
                                                           int childDepth, const QString& asOf);

}  // namespace sohoi::app
