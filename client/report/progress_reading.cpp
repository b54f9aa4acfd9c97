#include "progress_reading.h"

#include "progress_codec.h"
#include "store/local_store.h"

#include <QDateTime>

namespace sohoi::client {

ProgressReading readProgress(const ProgressFetcher& fetch, const QString& storePath, const QString& unitId,
                             int childDepth, const QString& asOf) {
  ProgressReading reading;
  RpcResult<ProgressAnswer> fresh = fetch(unitId, childDepth, asOf);
  std::unique_ptr<LocalStore> store;
  if (!storePath.isEmpty()) {
    Status status;
    // Normal durability: a kept answer lost to a power cut is fetched again, nothing of the user's is lost.
    store = LocalStore::open(storePath, &status, LocalStore::Durability::Normal);
  }
  if (fresh.ok()) {
    reading.answer = std::move(fresh.value);
    reading.fetchedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (store) store->keepProgressAnswer(unitId, asOf, {encodeProgressAnswer(*reading.answer), reading.fetchedAtMs});
    return reading;
  }
  reading.error = fresh.error;
  if (!fresh.error.transient || !store) return reading;
  std::optional<KeptProgressAnswer> kept = store->keptProgressAnswer(unitId, asOf);
  if (!kept) return reading;
  reading.answer = decodeProgressAnswer(kept->answer);
  reading.fetchedAtMs = kept->fetchedAtMs;
  reading.kept = reading.answer.has_value();
  return reading;
}

}  // namespace sohoi::client
