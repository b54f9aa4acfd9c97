// The server's time for a call as it travels in the answer's trailing metadata (wire/server_timing.h).
#include "wire/server_timing.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using std::chrono::microseconds;

TEST_CASE("a call's time travels as Server-Timing milliseconds and reads back to the microsecond") {
  CHECK(serverTimingValue(microseconds(12345)) == "call;dur=12.345");
  CHECK(serverTimingValue(microseconds(7)) == "call;dur=0.007");
  CHECK(serverTimingValue(microseconds(-5)) == "call;dur=0.000");  // a clock stepped back is no time
  for (const long long us : {0LL, 1LL, 999LL, 1000LL, 123456789LL})
    CHECK(parseServerTiming(serverTimingValue(microseconds(us))) == microseconds(us));
  // As other servers may write it: whole milliseconds, or fewer decimals.
  CHECK(parseServerTiming("call;dur=12") == microseconds(12000));
  CHECK(parseServerTiming("call;dur=1.5") == microseconds(1500));
}

TEST_CASE("any other server-timing text gives no time") {
  for (const char* text : {"", "call;dur=", "call;dur=.5", "call;dur=1.", "call;dur=1.2345", "call;dur=-1",
                           "call;dur=1.-5", "call;dur=1e3", "call;dur=12ms", "db;dur=12", "call;dur=1 ",
                           "call;dur=9999999999999", "call;dur=-0.5", "call;dur=+1"})
    CHECK_FALSE(parseServerTiming(text));
}
