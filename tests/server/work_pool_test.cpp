// Specifications of the server's work pool: a fixed set of workers, a bounded queue, and the times it gives
// callers it turns away.
#include "rpc/work_pool.h"

#include <catch2/catch.hpp>
#include <atomic>
#include <future>

using namespace sohoi::server;
using std::chrono::milliseconds;

namespace {

// A pool of one worker and one queued place, its worker held inside a job until release() is called.
struct HeldPool {
  std::promise<void> started;
  std::promise<void> released;
  std::atomic<int> ran{0};
  WorkPool pool{WorkPool::Sizes{1, 1}};  // last: stopped before what its jobs use goes

  HeldPool() {
    std::shared_future<void> gate = released.get_future().share();
    REQUIRE(pool.trySubmit([this, gate] {
      started.set_value();
      gate.wait();
      ++ran;
    }));
    started.get_future().wait();
  }
  void release() { released.set_value(); }
};

}  // namespace

TEST_CASE("a pool whose workers are busy and whose queue is full refuses work, and runs all it accepted") {
  HeldPool held;
  CHECK(held.pool.trySubmit([&] { ++held.ran; }));        // waits in the one queued place
  CHECK_FALSE(held.pool.trySubmit([&] { ++held.ran; }));  // beyond it: refused, never run
  held.release();
  held.pool.stop();
  CHECK(held.ran == 2);
  CHECK_FALSE(held.pool.trySubmit([] {}));  // a stopped pool takes nothing
}

TEST_CASE("callers turned away together are told to come back one after another, within 100 ms to 30 s") {
  HeldPool held;
  REQUIRE(held.pool.trySubmit([] {}));
  const milliseconds first = held.pool.turnAway();
  milliseconds last = first;
  for (int i = 0; i < 200; ++i) {
    const milliseconds next = held.pool.turnAway();
    CHECK(next >= last);
    last = next;
  }
  CHECK(first >= milliseconds(100));
  CHECK(last > first);  // the crowd is spread, not sent back at one moment
  CHECK(last <= milliseconds(30000));
  held.release();
}
