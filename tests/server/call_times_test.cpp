// The server's timing of its calls (server/rpc/call_times.h): each call counted once, in the first bound
// that holds it, and busy answers apart.
#include "rpc/call_times.h"

#include <catch2/catch.hpp>
#include <numeric>

using namespace sohoi::server;
using std::chrono::microseconds;
using std::chrono::milliseconds;

namespace {

// The index of the count a call of `took` belongs in.
size_t boundIndexFor(microseconds took) {
  const auto& bounds = CallTimes::upperBoundsUs();
  size_t index = 0;
  while (index < bounds.size() && bounds[index] < static_cast<std::uint64_t>(took.count())) ++index;
  return index;
}

}  // namespace

TEST_CASE("the bounds grow by a fifth from a tenth of a millisecond to beyond two minutes") {
  const auto& bounds = CallTimes::upperBoundsUs();
  CHECK(bounds.front() == 100);
  CHECK(bounds.back() >= 120'000'000);
  for (size_t i = 1; i < bounds.size(); ++i) {
    CHECK(bounds[i] > bounds[i - 1]);
    CHECK(static_cast<double>(bounds[i]) <= static_cast<double>(bounds[i - 1]) * 1.21 + 1);
  }
}

TEST_CASE("a call is counted in the first bound that holds it, and a busy answer in none") {
  CallTimes times;
  CallTimes::Method& push = times.method("/sohoi.v1.SyncService/Push");
  push.record(milliseconds(3));
  push.record(microseconds(100));  // on a bound: within it
  push.record(microseconds(101));
  push.record(std::chrono::minutes(10));  // beyond every bound
  push.turnedAway();

  const std::vector<CallTimes::Counts> read = times.snapshot();
  REQUIRE(read.size() == 1);
  const CallTimes::Counts& counts = read.front();
  CHECK(counts.method == "/sohoi.v1.SyncService/Push");
  CHECK(counts.counts[boundIndexFor(milliseconds(3))] == 1);
  CHECK(CallTimes::upperBoundsUs()[boundIndexFor(milliseconds(3)) - 1] < 3000);
  CHECK(counts.counts[0] == 1);
  CHECK(counts.counts[1] == 1);
  CHECK(counts.counts.back() == 1);
  CHECK(std::accumulate(counts.counts.begin(), counts.counts.end(), std::uint64_t{0}) == 4);
  CHECK(counts.turnedAway == 1);
}

TEST_CASE("a method named again is the same counts, and methods read in the order they were made") {
  CallTimes times;
  CallTimes::Method& pull = times.method("/sohoi.v1.SyncService/Pull");
  times.method("/sohoi.v1.SyncService/Push").record(milliseconds(1));
  CHECK(&times.method("/sohoi.v1.SyncService/Pull") == &pull);
  pull.record(milliseconds(1));
  pull.record(milliseconds(2));

  const std::vector<CallTimes::Counts> read = times.snapshot();
  REQUIRE(read.size() == 2);
  CHECK(read[0].method == "/sohoi.v1.SyncService/Pull");
  CHECK(std::accumulate(read[0].counts.begin(), read[0].counts.end(), std::uint64_t{0}) == 2);
  CHECK(read[1].method == "/sohoi.v1.SyncService/Push");
}
