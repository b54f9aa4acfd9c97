#pragma once
// Runs fn(i) for i in [0, count) on `threads` worker threads, each index once. Every device's work for
// one phase runs inside one call, so its store is opened, used and closed on one thread.
#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace sohoi::tools::sim {

inline void parallelFor(int count, int threads, const std::function<void(int)>& fn) {
  std::atomic<int> next{0};
  std::vector<std::thread> workers;
  const int size = std::max(1, std::min(threads, count));
  for (int t = 0; t < size; ++t)
    workers.emplace_back([&] {
      for (int i = next++; i < count; i = next++) fn(i);
    });
  for (std::thread& worker : workers) worker.join();
}

}  // namespace sohoi::tools::sim
