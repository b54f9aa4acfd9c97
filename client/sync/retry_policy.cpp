#include "retry_policy.h"

#include <algorithm>

namespace sohoi::client {

RetryPolicy::RetryPolicy(Config config, quint64 seed) : config_(config), random_(seed) {}

RetryPolicy::RetryPolicy() : RetryPolicy(Config{}, std::random_device{}()) {}

bool RetryPolicy::shouldRetry(const RpcError& error, int attempt) const {
  return error.transient && attempt < config_.maxAttempts;
}

std::chrono::milliseconds RetryPolicy::ceiling(int attempt) const {
  const int doublings = std::clamp(attempt - 1, 0, 30);  // 2^30 · base is far past any cap; avoids overflow
  const qint64 grown = config_.base.count() * (qint64{1} << doublings);
  return std::chrono::milliseconds(std::min<qint64>(grown, config_.cap.count()));
}

std::chrono::milliseconds RetryPolicy::delay(int attempt) {
  std::uniform_int_distribution<qint64> uniform(0, ceiling(attempt).count());
  return std::chrono::milliseconds(uniform(random_));
}

std::chrono::milliseconds RetryPolicy::busyDelay(int busyCount, const RpcError& error) {
  const std::chrono::milliseconds asked = std::min(error.retryAfter, config_.cap);
  std::uniform_int_distribution<qint64> uniform(0, std::min(ceiling(busyCount), asked).count());
  return asked + std::chrono::milliseconds(uniform(random_));
}

}  // namespace sohoi::client
