// Specifications of the retry schedule.
#include "sync/retry_policy.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::client;
using std::chrono::milliseconds;

TEST_CASE("backoff grows exponentially with jitter and is capped") {
  RetryPolicy policy(RetryPolicy::Config{milliseconds(500), milliseconds(30000), 10}, 42);
  CHECK(policy.ceiling(1) == milliseconds(500));
  CHECK(policy.ceiling(2) == milliseconds(1000));
  CHECK(policy.ceiling(3) == milliseconds(2000));
  CHECK(policy.ceiling(6) == milliseconds(16000));
  CHECK(policy.ceiling(7) == milliseconds(30000));
  CHECK(policy.ceiling(60) == milliseconds(30000));
  for (int attempt = 1; attempt <= 8; ++attempt) {
    qint64 sum = 0, smallest = LLONG_MAX, largest = 0;
    for (int i = 0; i < 400; ++i) {
      const qint64 delay = policy.delay(attempt).count();
      REQUIRE(delay >= 0);
      REQUIRE(delay <= policy.ceiling(attempt).count());
      sum += delay;
      smallest = std::min(smallest, delay);
      largest = std::max(largest, delay);
    }
    const double mean = static_cast<double>(sum) / 400.0;
    const double half = static_cast<double>(policy.ceiling(attempt).count()) / 2.0;
    CHECK(mean == Approx(half).epsilon(0.15));  // full jitter: uniform over [0, ceiling]
    CHECK(largest - smallest > policy.ceiling(attempt).count() / 2);
  }
}

TEST_CASE("only transient failures are retried, a bounded number of times") {
  RetryPolicy policy(RetryPolicy::Config{milliseconds(500), milliseconds(30000), 4}, 1);
  RpcError unavailable;
  unavailable.transient = true;
  RpcError updateNeeded;
  updateNeeded.reason = ReasonCode::UpdateNeeded;
  CHECK(policy.shouldRetry(unavailable, 1));
  CHECK(policy.shouldRetry(unavailable, 3));
  CHECK_FALSE(policy.shouldRetry(unavailable, 4));
  CHECK_FALSE(policy.shouldRetry(updateNeeded, 1));
}

TEST_CASE("a busy server's delay is kept, with a jitter that grows while it stays busy up to that delay") {
  RetryPolicy policy(RetryPolicy::Config{milliseconds(500), milliseconds(30000), 4}, 3);
  RpcError busy;
  busy.transient = true;
  busy.reason = ReasonCode::ServerBusy;
  busy.retryAfter = milliseconds(2000);
  for (int busyCount = 1; busyCount <= 8; ++busyCount) {
    const milliseconds jitter = std::min(policy.ceiling(busyCount), milliseconds(2000));
    qint64 smallest = LLONG_MAX, largest = 0;
    for (int i = 0; i < 400; ++i) {
      const milliseconds delay = policy.busyDelay(busyCount, busy);
      REQUIRE(delay >= milliseconds(2000));  // never sooner than the server asked
      REQUIRE(delay <= milliseconds(2000) + jitter);
      smallest = std::min<qint64>(smallest, delay.count());
      largest = std::max<qint64>(largest, delay.count());
    }
    CHECK(largest - smallest > jitter.count() / 2);  // devices turned away together do not come back together
  }
  busy.retryAfter = std::chrono::hours(5);  // a server cannot park a device for longer than twice the cap
  for (int i = 0; i < 100; ++i) CHECK(policy.busyDelay(20, busy) <= milliseconds(60000));
}
