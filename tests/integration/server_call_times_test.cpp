// The simulator's reading of the server's call times (tools/sim/server_call_times.h): a phase's sync calls
// are what two readings differ by, and a share of them is answered within the bound the counts reach it at.
#include "server_call_times.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::tools::sim;

namespace {

const std::vector<quint64> kBounds{1000, 2000, 5000};  // µs

client::ServerCallTimes reading(std::vector<client::ServerCallTimes::Method> methods) {
  return {kBounds, std::move(methods)};
}

}  // namespace

TEST_CASE("a phase's sync calls are what the readings around it differ by, other services left out") {
  const client::ServerCallTimes before = reading({{"/sohoi.v1.SyncService/Push", {1, 0, 0, 0}, 0},
                                                  {"/sohoi.v1.AdminService/GetCallTimes", {1, 0, 0, 0}, 0}});
  const client::ServerCallTimes after = reading({{"/sohoi.v1.SyncService/Push", {3, 1, 0, 1}, 2},
                                                 {"/sohoi.v1.SyncService/Pull", {0, 2, 0, 0}, 0},
                                                 {"/sohoi.v1.AdminService/GetCallTimes", {9, 0, 0, 0}, 0}});
  const std::optional<SyncCallTimes> between = syncCallsBetween(before, after);
  REQUIRE(between);
  CHECK(between->calls() == 6);
  CHECK(between->counts == std::vector<quint64>{2, 3, 0, 1});
  CHECK(between->turnedAway == 2);
}

TEST_CASE("readings that do not fit together give no figures") {
  const client::ServerCallTimes earlier = reading({{"/sohoi.v1.SyncService/Push", {5, 0, 0, 0}, 0}});
  // The server started again in between: fewer calls than before.
  CHECK_FALSE(syncCallsBetween(earlier, reading({{"/sohoi.v1.SyncService/Push", {1, 0, 0, 0}, 0}})));
  // Other bounds.
  CHECK_FALSE(syncCallsBetween(earlier, client::ServerCallTimes{{1000, 3000, 5000}, earlier.methods}));
  // Fewer calls turned away than before.
  const client::ServerCallTimes busy = reading({{"/sohoi.v1.SyncService/Push", {5, 0, 0, 0}, 3}});
  CHECK_FALSE(syncCallsBetween(busy, reading({{"/sohoi.v1.SyncService/Push", {6, 0, 0, 0}, 1}})));
  // A method with a count short.
  CHECK_FALSE(syncCallsBetween(earlier, reading({{"/sohoi.v1.SyncService/Push", {5, 0, 0}, 0}})));
}

TEST_CASE("a share of the calls is answered within the first bound the counts reach it at") {
  SyncCallTimes times{0, kBounds, {50, 49, 1, 0}};
  CHECK(callTimeQuantileMs(times, 0.50) == Approx(1.0));
  CHECK(callTimeQuantileMs(times, 0.51) == Approx(2.0));
  CHECK(callTimeQuantileMs(times, 0.99) == Approx(2.0));
  CHECK(callTimeQuantileMs(times, 1.00) == Approx(5.0));
  // Calls beyond every bound are reported at the last one.
  times.counts = {0, 0, 0, 100};
  CHECK(callTimeQuantileMs(times, 0.50) == Approx(5.0));
  CHECK(callTimeQuantileMs(SyncCallTimes{}, 0.99) == 0);
}
