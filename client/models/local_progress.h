#pragma once
// Progress as ReportService would answer it, computed from the records a store holds with the shared
// plan engine. A workspace holds its whole subtree, so it reads "approved records only" this way (the
// review trail is on the computer); the demo (screenshots) reads all its figures so. The server, holding
// every record, answers the usual figures.
#include "report/progress_answer.h"
#include "sync/sync_transport.h"

namespace sohoi::app {

/// The answer for unitId and its children childDepth levels deep, read on asOf ("yyyy-MM-dd"; empty:
/// today), from the store at storePath. approvedOnly: only records whose current version review approved
/// (at the last of the plan's review levels) count, besides the people register and decisions themselves.
/// Blocking: opens its own connection.
client::RpcResult<client::ProgressAnswer> progressFromStore(const QString& storePath, const QString& unitId,
                                                           int childDepth, const QString& asOf,
                                                           bool approvedOnly = false);

}  // namespace sohoi::app
