#pragma once
// How long the server took to answer its calls, per method, since it started: from a call's arrival at its
// service to its answer, the wait for a worker included. What a device waits beyond that is the network's
// and its own. Kept as histograms over fixed bounds (each a fifth above the one before, from 0.1 ms to
// about two minutes) so that recording costs one atomic increment, and so that whoever reads them twice
// gets what happened in between by subtracting (the fleet benchmark, around each of its phases).
//
// Threading: record() and snapshot() are thread-safe; method() is called while the services are built.
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace sohoi::server {

class CallTimes {
 public:
  static constexpr size_t kBounds = 78;
  /// Upper bounds in microseconds, ascending: 100 µs × 1.2^i.
  static const std::array<std::uint64_t, kBounds>& upperBoundsUs();

  /// One method's counts. Lives as long as the CallTimes that made it.
  class Method {
   public:
    explicit Method(std::string name) : name_(std::move(name)) {}
    /// A call answered after `took`.
    void record(std::chrono::steady_clock::duration took);
    /// A call answered busy at once.
    void turnedAway() { turnedAway_.fetch_add(1, std::memory_order_relaxed); }

   private:
    friend class CallTimes;
    std::string name_;
    std::array<std::atomic<std::uint64_t>, kBounds + 1> counts_{};  // the last: longer than every bound
    std::atomic<std::uint64_t> turnedAway_{0};
  };

  /// What snapshot() reads of one method.
  struct Counts {
    std::string method;
    std::array<std::uint64_t, kBounds + 1> counts{};
    std::uint64_t turnedAway = 0;
  };

  /// The counts of the method at path ("/sohoi.v1.SyncService/Push"), made on first use.
  Method& method(const std::string& path);
  /// Every method's counts now, in the order they were made.
  std::vector<Counts> snapshot() const;

 private:
  mutable std::mutex mutex_;
  std::deque<Method> methods_;  // GUARDED_BY(mutex_) for insertion; a deque keeps each one where it is
};

}  // namespace sohoi::server
