// Specifications of the server's work pool: a fixed set of workers, a bounded queue, and the times it gives
// callers it turns away.
#include "rpc/work_pool.h"

#include <catch2/catch.hpp>
#include <atomic>
#include <fstream>
#include <future>
#include <memory>
#include <string>
#include <thread>

using namespace sohoi::server;
using std::chrono::milliseconds;

namespace {

// A pool of one worker (and by default one queued place), its worker held inside a job until release() is
// called.
struct HeldPool {
  std::promise<void> started;
  std::promise<void> released;
  std::atomic<int> ran{0};
  WorkPool pool;  // last: stopped before what its jobs use goes

  explicit HeldPool(WorkPool::Sizes sizes = {1, 1}) : pool(sizes) {
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

namespace {

// Holds a one-worker pool's worker inside a job until the promise returned is kept.
std::promise<void> holdWorker(WorkPool& pool) {
  std::promise<void> released;
  auto started = std::make_shared<std::promise<void>>();  // the job may still be leaving set_value()
  REQUIRE(pool.trySubmit([started, gate = released.get_future().share()] {
    started->set_value();
    gate.wait();
  }));
  started->get_future().wait();
  return released;
}

// Holds a one-worker pool's worker in a job, queues `queued` instant jobs behind it, lets it go and waits
// until all have run: a burst whose pace is the pool's own.
void burst(WorkPool& pool, int queued) {
  std::promise<void> done;
  std::atomic<int> left{queued};
  std::promise<void> released = holdWorker(pool);
  for (int i = 0; i < queued; ++i)
    REQUIRE(pool.trySubmit([&] {
      if (--left == 0) done.set_value();
    }));
  released.set_value();
  done.get_future().wait();
}

}  // namespace

TEST_CASE("a new pool does not take the time before its first burst for its pace") {
  // The first job to finish with others waiting has no earlier finish to measure from: it used to be
  // measured from the clock's origin (the machine's start), so a server a few seconds old told devices
  // to come back in 30 s.
  WorkPool pool{WorkPool::Sizes{1, 64}};
  burst(pool, 8);
  CHECK(pool.turnAway() < milliseconds(1000));
}

TEST_CASE("a crowd met before any burst has shown the pace is told to come back soon") {
  // Before a job has finished with others waiting the pool can only guess its pace. Guessed at 5 ms a call,
  // 500 calls at a fresh server meant 2.5 s for a crowd the workers served in a fraction of it, idle while
  // the crowd waited. Too short a time costs a refused caller one more round trip.
  HeldPool held{WorkPool::Sizes{1, 600}};
  for (int i = 0; i < 500; ++i) REQUIRE(held.pool.trySubmit([] {}));
  CHECK(held.pool.turnAway() <= milliseconds(600));
  held.release();
}

TEST_CASE("an idle pause between bursts is not taken for the pool's pace") {
  WorkPool pool{WorkPool::Sizes{1, 64}};
  burst(pool, 8);
  std::this_thread::sleep_for(milliseconds(1500));  // the devices' quiet hours, in small
  burst(pool, 1);
  // Four instant jobs waiting: a caller with 500 ms left would be served long before it gives up. Had the
  // pause counted as one job's time, four of them would look like 300 ms, more than half its budget.
  std::promise<void> released = holdWorker(pool);
  for (int i = 0; i < 4; ++i) REQUIRE(pool.trySubmit([] {}));
  CHECK(pool.trySubmit([] {}, milliseconds(500)));
  released.set_value();
}

TEST_CASE("one slow job does not make the pool turn away a crowd it serves in time") {
  // The pace is learnt from a burst of quick jobs; then one job takes 60 ms (a moment the machine stalled)
  // while another waits. Counted whole, that one gap tripled the pace a thousand queued jobs are judged by.
  WorkPool pool{WorkPool::Sizes{1, 2000}};
  burst(pool, 200);
  std::promise<void> slowStarted;
  std::promise<void> behindRan;
  REQUIRE(pool.trySubmit([&] {
    slowStarted.set_value();
    std::this_thread::sleep_for(milliseconds(60));
  }));
  slowStarted.get_future().wait();
  REQUIRE(pool.trySubmit([&] { behindRan.set_value(); }));
  behindRan.get_future().wait();

  std::promise<void> released = holdWorker(pool);
  for (int i = 0; i < 1000; ++i) REQUIRE(pool.trySubmit([] {}));
  // A thousand quick jobs ahead: a caller with 2 s left is served long before it gives up.
  CHECK(pool.trySubmit([] {}, milliseconds(2000)));
  released.set_value();
}

TEST_CASE("on PostgreSQL a pool has twice the workers it has on SQLite, within its own bounds") {
  // A PostgreSQL worker waits on a round trip for each statement, so more of them keep a core busy.
  CHECK(WorkPool::defaultsFor(1, DatabaseBackend::Sqlite).workers == 2);
  CHECK(WorkPool::defaultsFor(2, DatabaseBackend::Sqlite).workers == 4);
  CHECK(WorkPool::defaultsFor(16, DatabaseBackend::Sqlite).workers == 8);
  CHECK(WorkPool::defaultsFor(1, DatabaseBackend::Postgres).workers == 4);
  CHECK(WorkPool::defaultsFor(2, DatabaseBackend::Postgres).workers == 8);
  CHECK(WorkPool::defaultsFor(16, DatabaseBackend::Postgres).workers == 16);
  CHECK(WorkPool::defaultsFor(0, DatabaseBackend::Postgres).workers == 4);  // cores unknown
  const WorkPool::Sizes sizes = WorkPool::defaultsFor(2, DatabaseBackend::Postgres);
  CHECK(sizes.queueCapacity == sizes.workers * WorkPool::kQueuePerWorker);
}

TEST_CASE("a pool's workers carry its name, so that an operator's top -H tells them apart") {
#if defined(__linux__)
  WorkPool pool({1, 1}, "sohoi-test-pool");
  std::promise<std::string> name;
  REQUIRE(pool.trySubmit([&] {
    std::ifstream comm("/proc/thread-self/comm");
    std::string line;
    std::getline(comm, line);
    name.set_value(line);
  }));
  CHECK(name.get_future().get() == "sohoi-test-pool");
#endif
}
