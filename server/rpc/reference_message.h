#pragma once
// The reference data a device downloads, as the message it travels in. What every device gets alike (the
// plan) is converted once per version of it, and compressed once for the apps that read it so, and copied
// into each answer; the scope's units and baselines, a handful for a branch, are converted per answer.
// Thread-safe.
#include "sync/reference_data_cache.h"

#include "sohoi/v1/sync.pb.h"

#include <memory>
#include <mutex>

namespace sohoi::server {

class ReferenceMessage {
 public:
  /// Fills out with reference for an app of schema version `schema`: its version, the shared part and the
  /// scope's units and baselines.
  void write(const ScopeReference& reference, unsigned schema, v1::ReferenceData* out);

 private:
  struct SharedParts {
    std::shared_ptr<const v1::ReferenceData> plain;
    std::shared_ptr<const v1::ReferenceData> compressed;  // the plan's text in text_zlib
  };
  /// The shared part as messages, made when reference's shared part is not the one held.
  SharedParts sharedParts(const std::shared_ptr<const SharedReference>& shared);

  std::mutex mutex_;
  std::shared_ptr<const SharedReference> of_;  // GUARDED_BY(mutex_): what parts_ were made from
  SharedParts parts_;                          // GUARDED_BY(mutex_)
};

}  // namespace sohoi::server
