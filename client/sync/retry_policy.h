#pragma once
// When to try a failed call again: only transient failures of safe (idempotent) calls, after an
// exponential backoff with full jitter (AWS's "Exponential Backoff and Jitter"), a bounded number of times
// per sync run. Permanent failures (update needed, revoked, malformed) are never retried: retrying cannot
// help and would hide them from the person holding the device.
//
// A busy server (SERVER_BUSY, RpcError::retryAfter) names the least wait itself, and already gives each
// device it turns away a different one: the device waits that long plus a jitter drawn from
// [0, min(ceiling(n), named wait)] for its n-th busy answer in a row, which breaks ties without undoing the
// server's spacing. The named wait is capped at `cap`, so no answer holds a device for more than twice it.
//
// Threading: not thread-safe (owns a random generator); one per sync run or per Synchronizer.
#include "sync_transport.h"

#include <chrono>
#include <random>

namespace sohoi::client {

class RetryPolicy {
 public:
  struct Config {
    std::chrono::milliseconds base{500};
    std::chrono::milliseconds cap{30000};
    int maxAttempts = 6;  // calls in total, the first included
  };

  RetryPolicy(Config config, quint64 seed);
  /// The default schedule (0.5 s base, 30 s cap), randomly seeded.
  RetryPolicy();

  /// True when a call that failed with error on its attempt-th try (1-based) should be made again.
  bool shouldRetry(const RpcError& error, int attempt) const;
  /// The largest wait before retry number attempt (1-based): min(cap, base · 2^(attempt−1)).
  std::chrono::milliseconds ceiling(int attempt) const;
  /// A wait drawn uniformly from [0, ceiling(attempt)] (full jitter: devices that failed together do
  /// not come back together).
  std::chrono::milliseconds delay(int attempt);
  /// The wait after the busyCount-th (1-based) SERVER_BUSY answer in a row, which asked for error.retryAfter:
  /// w = min(retryAfter, cap) plus a jitter drawn uniformly from [0, min(ceiling(busyCount), w)].
  std::chrono::milliseconds busyDelay(int busyCount, const RpcError& error);
  const Config& config() const { return config_; }

 private:
  Config config_;
  std::mt19937_64 random_;
};

}  // namespace sohoi::client
