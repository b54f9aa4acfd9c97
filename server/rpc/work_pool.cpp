#include "work_pool.h"

#include "common/thread_name.h"

#include <algorithm>

namespace sohoi::server {

namespace {

// How much each finished job moves the average: recent enough to follow a burst, smooth enough that one
// slow report export does not send every device away for long.
constexpr double kAverageWeight = 0.05;
// How many times the pace so far one gap counts for at most. A moment the machine stalls (a checkpoint's
// sync, another process) is one long gap: counted whole, 40 ms moved a 2 ms pace to 4 ms, and with a
// province's 2,400 daily syncs queued every call arriving next was turned away and came back seconds later.
// A pace that really slows still gets there, by up to 15% with each job.
constexpr double kMaxGapOverPace = 4;
constexpr auto kMinRetryAfter = std::chrono::milliseconds(100);
constexpr auto kMaxRetryAfter = std::chrono::milliseconds(30000);

}  // namespace

WorkPool::Sizes WorkPool::defaultsFor(int cores, DatabaseBackend backend) {
  const int perCore = backend == DatabaseBackend::Postgres ? 4 : 2;
  Sizes sizes;
  sizes.workers = std::clamp(perCore * cores, perCore, 4 * perCore);
  sizes.queueCapacity = kQueuePerWorker * sizes.workers;
  return sizes;
}

WorkPool::WorkPool(Sizes sizes, const char* threadName) : sizes_(sizes) {
  threads_.reserve(static_cast<size_t>(sizes_.workers));
  for (int i = 0; i < sizes_.workers; ++i)
    threads_.emplace_back([this, threadName] {
      nameThisThread(threadName);
      work();
    });
}

WorkPool::~WorkPool() { stop(); }

bool WorkPool::trySubmit(std::function<void()> job, std::chrono::milliseconds budget) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || queue_.size() >= static_cast<size_t>(sizes_.queueCapacity) + idleWorkers_) return false;
    const double waitMs = static_cast<double>(queue_.size()) * meanGapMs_;
    if (queue_.size() >= idleWorkers_ && waitMs > static_cast<double>(budget.count()) / 2) return false;
    if (queue_.empty()) waitingSince_ = std::chrono::steady_clock::now();
    queue_.push_back(std::move(job));
  }
  wake_.notify_one();
  return true;
}

std::chrono::milliseconds WorkPool::turnAway() {
  using namespace std::chrono;
  std::lock_guard lock(mutex_);
  const auto now = steady_clock::now();
  const duration<double, std::milli> share(meanGapMs_);
  const auto drained = now + duration_cast<steady_clock::duration>(share * static_cast<double>(queue_.size() + 1));
  // Past the cap a caller would be told 30 s anyway: slots beyond it would only pile up.
  nextSlot_ = std::min(std::max(nextSlot_, drained), now + kMaxRetryAfter);
  const auto wait = duration_cast<milliseconds>(nextSlot_ - now);
  nextSlot_ += duration_cast<steady_clock::duration>(share);
  return std::clamp(wait, kMinRetryAfter, kMaxRetryAfter);
}

void WorkPool::stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& thread : threads_) thread.join();
}

void WorkPool::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++idleWorkers_;
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    --idleWorkers_;
    if (queue_.empty()) return;  // stopping, and nothing left to run
    std::function<void()> job = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    job();
    lock.lock();
    const auto now = std::chrono::steady_clock::now();
    // Only time while calls wait measures how fast the pool serves; an idle pool's gaps measure the devices
    // (and before the first finish there is no gap at all), so a gap starts no earlier than the wait did.
    if (!queue_.empty()) {
      const std::chrono::duration<double, std::milli> gap = now - std::max(lastFinished_, waitingSince_);
      meanGapMs_ += kAverageWeight * (std::min(gap.count(), kMaxGapOverPace * meanGapMs_) - meanGapMs_);
    }
    lastFinished_ = now;
  }
}

}  // namespace sohoi::server
