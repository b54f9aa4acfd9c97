#pragma once
// The reference data a device downloads, as the message it travels in. What every device gets alike (the
// plan) is converted once per version of it and copied into each answer; the scope's units and baselines,
// a handful for a branch, are converted per answer. Thread-safe.
#include "sync/reference_data_cache.h"

#include "sohoi/v1/sync.pb.h"

#include <memory>
#include <mutex>

namespace sohoi::server {

class ReferenceMessage {
 public:
  /// Fills out with reference: its version, the shared part and the scope's units and baselines.
  void write(const ScopeReference& reference, v1::ReferenceData* out);

 private:
  /// The shared part as a message, made when reference's shared part is not the one held.
  std::shared_ptr<const v1::ReferenceData> sharedPart(const std::shared_ptr<const SharedReference>& shared);

  std::mutex mutex_;
  std::shared_ptr<const SharedReference> of_;       // GUARDED_BY(mutex_): what message_ was made from
  std::shared_ptr<const v1::ReferenceData> message_;  // GUARDED_BY(mutex_)
};

}  // namespace sohoi::server
