#pragma once
// The server's fixed set of worker threads and their bounded queue. Every call's work (decoding, the
// database, the push writer's wait) runs here: gRPC's callback threads only hand calls over, and no thread
// is ever made for one call.
//
// Database connections: Qt SQL connections belong to the thread that opened them (storage/database.h),
// so each worker opens its own on first use and keeps it for its whole life. The process therefore holds
// at most `workers` connections for calls, plus one for the push writer and one for each background task
// (tree changes, progress), whatever the number of devices connecting.
//
// Back-pressure: when every worker is busy and `queueCapacity` calls already wait, trySubmit() refuses;
// the caller answers "busy, come back after turnAway()" rather than queueing without bound. Each refused
// call is given its own time to come back, one job's share of the workers later than the previous one's,
// so a crowd turned away together returns spread out at the rate the pool serves it, not all at once.
//
// Threading: every member is thread-safe. Jobs must not submit to the pool that runs them.
#include "call_times.h"

#include "storage/database_spec.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sohoi::server {

class WorkPool {
 public:
  // A queued call holds its request only (a push of a day's records is a few KB, at most 2 MB), and gRPC
  // holds the call whether it waits here or is turned away: a deep queue costs little memory. Every call
  // turned away costs the device a round trip and a wait whose length is a guess: with 256 a worker, a
  // province's 2,400 tablets syncing for the first time at once had 130 to 190 turned away, and the burst
  // took 12 to 13 s; with room for all of them, 5.6 to 6.8 s (docs/scale.md).
  static constexpr int kQueuePerWorker = 1024;
  struct Sizes {
    int workers = 4;            // threads, each with its own database connection
    int queueCapacity = 1024;   // calls waiting for a worker before new ones are told to come back later
  };
  /// Sizes for a machine with `cores` cores and its database. On SQLite two workers a core (calls wait on
  /// the disk and the push writer as much as they compute), between 2 and 8. On PostgreSQL four a core,
  /// between 4 and 16: each statement is a round trip to another process, which a worker spends waiting;
  /// with two a core, 2,400 tablets' daily syncs left the server's core idle between them (docs/scale.md).
  static Sizes defaultsFor(int cores, DatabaseBackend backend);

  /// Starts the workers, each named threadName (thread_name.h). REQUIRES: sizes.workers >= 1,
  /// sizes.queueCapacity >= 0, threadName lives as long as the pool (a string literal).
  explicit WorkPool(Sizes sizes, const char* threadName = "sohoi-work");
  /// stop().
  ~WorkPool();
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  /// Queues job for the next free worker; false (job dropped unrun) when the queue is full, when at the
  /// pool's recent pace the job would wait more than half of budget (its caller's time left: it would
  /// likely give up before an answer came, having held a place for nothing), or when the pool has stopped.
  bool trySubmit(std::function<void()> job, std::chrono::milliseconds budget = std::chrono::milliseconds::max());
  /// How long a refused caller should wait, reserving its slot: the time the workers need for what is
  /// queued now (judged by the recent time between two finished jobs while busy, which counts the push
  /// writer's group commit and the cores' other work) or, when later, the previous refused caller's slot
  /// plus that time. Between 100 ms and 30 s.
  std::chrono::milliseconds turnAway();
  /// Refuses new jobs, runs those queued, and joins the workers. Later calls do nothing.
  void stop();
  const Sizes& sizes() const { return sizes_; }
  /// How long the calls run here took, for each method (recorded by pooled_call.h).
  CallTimes& callTimes() { return callTimes_; }

 private:
  void work();

  const Sizes sizes_;
  CallTimes callTimes_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;  // GUARDED_BY(mutex_)
  // GUARDED_BY(mutex_); between finished jobs while busy, averaged. Until a burst has shown the pool's
  // pace, about what one of a tablet's calls costs on a core: a caller told too short a time is turned away
  // again for a round trip, one told too long leaves the workers idle while it waits.
  double meanGapMs_ = 1;
  std::chrono::steady_clock::time_point lastFinished_;  // GUARDED_BY(mutex_)
  std::chrono::steady_clock::time_point waitingSince_;  // GUARDED_BY(mutex_); when the queue last filled
  std::chrono::steady_clock::time_point nextSlot_;  // GUARDED_BY(mutex_); for the next caller turned away
  size_t idleWorkers_ = 0;                   // GUARDED_BY(mutex_); each takes one queued job at once
  bool stopping_ = false;                    // GUARDED_BY(mutex_)
  std::vector<std::thread> threads_;
};

}  // namespace sohoi::server
