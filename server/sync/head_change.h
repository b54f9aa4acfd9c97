#pragma once
// What a committed push batch made current: the new head version of each record it changed (a deleted
// head removes the record). Feed positions are in commit order, so a listener that sees two batches out of
// order (they finish on different threads) keeps the later position and ignores the older news.
#include "domain/record_version.h"

#include <vector>

namespace sohoi::server {

struct HeadChange {
  RecordVersion version;  // the record's head now
  quint64 position = 0;   // the head version's feed position
};

class HeadChangeListener {
 public:
  virtual ~HeadChangeListener() = default;
  /// Called after the batch's transaction committed, on the committing thread (the push writer's for
  /// pushes from devices, with every batch of a group at once). Must not throw.
  virtual void headsChanged(const std::vector<HeadChange>& changes) = 0;
};

}  // namespace sohoi::server
