#include "call_times.h"

#include <algorithm>
#include <cmath>

namespace sohoi::server {

const std::array<std::uint64_t, CallTimes::kBounds>& CallTimes::upperBoundsUs() {
  static const std::array<std::uint64_t, kBounds> bounds = [] {
    std::array<std::uint64_t, kBounds> made{};
    for (size_t i = 0; i < kBounds; ++i)
      made[i] = static_cast<std::uint64_t>(std::llround(100 * std::pow(1.2, i)));
    return made;
  }();
  return bounds;
}

void CallTimes::Method::record(std::chrono::steady_clock::duration took) {
  const auto micros = static_cast<std::uint64_t>(
      std::max<std::int64_t>(0, std::chrono::duration_cast<std::chrono::microseconds>(took).count()));
  const auto& bounds = upperBoundsUs();
  const size_t index =
      static_cast<size_t>(std::lower_bound(bounds.begin(), bounds.end(), micros) - bounds.begin());
  counts_[index].fetch_add(1, std::memory_order_relaxed);
}

CallTimes::Method& CallTimes::method(const std::string& path) {
  std::lock_guard lock(mutex_);
  for (Method& known : methods_)
    if (known.name_ == path) return known;
  return methods_.emplace_back(path);
}

std::vector<CallTimes::Counts> CallTimes::snapshot() const {
  std::lock_guard lock(mutex_);
  std::vector<Counts> read;
  for (const Method& method : methods_) {
    Counts& counts = read.emplace_back();
    counts.method = method.name_;
    for (size_t i = 0; i < counts.counts.size(); ++i)
      counts.counts[i] = method.counts_[i].load(std::memory_order_relaxed);
    counts.turnedAway = method.turnedAway_.load(std::memory_order_relaxed);
  }
  return read;
}

}  // namespace sohoi::server
