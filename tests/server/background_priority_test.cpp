#include "common/background_priority.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using sohoi::server::lowerThreadPriority;

namespace {

int niceOfThisThread() { return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())); }

}  // namespace

TEST_CASE("a thread doing background work gets the lowest priority, and only that thread", "[priority]") {
  const int before = niceOfThisThread();
  REQUIRE(before < 19);  // else the test shows nothing
  bool lowered = false;
  int inside = before;
  std::thread background([&] {
    lowered = lowerThreadPriority();
    inside = niceOfThisThread();
  });
  background.join();
  CHECK(lowered);
  CHECK(inside == 19);
  CHECK(niceOfThisThread() == before);
}
