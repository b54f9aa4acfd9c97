#pragma once
// A run of positions in the change feed (the versions table's commit order).
#include <QtGlobal>

namespace sohoi::server {

/// Feed positions first … last; empty when last < first.
struct FeedRange {
  quint64 first = 1;
  quint64 last = 0;
  bool empty() const { return last < first; }
};

}  // namespace sohoi::server
