#pragma once
// Per-sync latencies of one phase, summarised as the simulator prints them.
#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <vector>

namespace sohoi::tools::sim {

/// The nearest-rank percentile (0 < fraction <= 1) of sorted values; 0 for none.
inline qint64 percentile(const std::vector<qint64>& sorted, double fraction) {
  if (sorted.empty()) return 0;
  const auto rank = static_cast<size_t>(std::ceil(fraction * static_cast<double>(sorted.size())));
  return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace sohoi::tools::sim
