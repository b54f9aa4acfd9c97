#include "clock/hybrid_logical_clock.h"

#include <catch2/catch.hpp>

using namespace sohoi;

TEST_CASE("the clock never runs backwards when the wall clock does") {
  qint64 wall = 1'000'000;
  HybridLogicalClock clock([&] { return wall; });
  const HlcStamp first = clock.now();
  wall -= 60'000;  // the user sets the tablet's clock back a minute
  const HlcStamp second = clock.now();
  CHECK(second > first);
  CHECK(hlcMillis(second) == 1'000'000);
}

TEST_CASE("stamps within one millisecond are ordered by the counter") {
  HybridLogicalClock clock([] { return qint64{5000}; });
  const HlcStamp a = clock.now();
  const HlcStamp b = clock.now();
  CHECK(b == a + 1);
  CHECK(hlcMillis(b) == 5000);
}

TEST_CASE("a stamp observed from a device with a fast clock moves this clock past it") {
  HybridLogicalClock clock([] { return qint64{1000}; });
  const HlcStamp remote = makeHlc(9000, 3);
  clock.observe(remote);
  CHECK(clock.now() > remote);
}

TEST_CASE("the wall clock wins again once it passes the observed stamps") {
  qint64 wall = 1000;
  HybridLogicalClock clock([&] { return wall; });
  clock.observe(makeHlc(2000, 7));
  wall = 3000;
  CHECK(clock.now() == makeHlc(3000, 0));
}

TEST_CASE("an exhausted counter borrows the next millisecond instead of wrapping") {
  HybridLogicalClock clock([] { return qint64{100}; });
  clock.observe(makeHlc(100, 0xffff));
  CHECK(clock.now() == makeHlc(101, 0));
}
