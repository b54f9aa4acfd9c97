#pragma once
// Reading progress for the dashboard: the server's answer when it can be reached, kept on the device as
// the last answer for that unit and day; otherwise the last answer kept, marked as such, with when it came.
//
// Threading: readProgress blocks on the network and opens its own store connection: call it on a worker
// thread, one reading at a time per fetcher.
#include "progress_answer.h"
#include "sync/sync_transport.h"

#include <functional>
#include <optional>

namespace sohoi::client {

/// Asks the server for a unit's progress (ReportClient::getProgress, or a fake in tests).
using ProgressFetcher =
    std::function<RpcResult<ProgressAnswer>(const QString& unitId, int childDepth, const QString& asOf)>;

/// What the dashboard shows after a reading.
struct ProgressReading {
  std::optional<ProgressAnswer> answer;  // none: nothing fresh and nothing kept
  qint64 fetchedAtMs = 0;                // when the answer came from the server
  bool kept = false;                     // the answer is the last one kept, the server could not answer
  std::optional<RpcError> error;         // why the server did not answer
};

/// Fetches (unitId, childDepth, asOf); keeps a fresh answer in the store at storePath (empty: keeps
/// nothing). When the server cannot be reached (a transient error) answers with the kept one instead;
/// a refusal (revoked, out of scope, …) shows no figures, since they may no longer be the caller's to see.
ProgressReading readProgress(const ProgressFetcher& fetch, const QString& storePath, const QString& unitId,
                             int childDepth, const QString& asOf);

}  // namespace sohoi::client
