#pragma once
// Group commit for pushes. SQLite has one writer at a time and a push holds it for a few milliseconds,
// so thousands of devices pushing at once queued for seconds, each on its own thread and connection.
// Here one thread with one long-lived connection writes every push: what arrived while it was writing is
// written next, together, in one transaction. A batch that fails is undone alone and answered with its
// error while the others go on (the group is then written again, each batch in its own savepoint); if the
// commit fails, every batch of the group gets the error (nothing of it was stored, and devices retry).
// Feed positions follow the order the batches are written in, which is also commit order.
//
// A push is answered from the writer's thread (submit() takes a callback), not waited for: a worker that
// waited could serve no other call meanwhile, so a group held at most as many pushes as there are
// workers, and each push cost one more thread to wake. The queue is bounded (kMaxQueuedBatches), so what
// waits here stays within a few groups' worth whatever the number of devices pushing.
#include "push_processor.h"
#include "sync_reports.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>

namespace sohoi::server {

class PushWriter {
 public:
  /// A group stops at whichever comes first: keeps one transaction (and the waiters' latency) bounded.
  static constexpr size_t kMaxBatchesPerGroup = 64;
  static constexpr size_t kMaxItemsPerGroup = 5000;
  /// Batches waiting for the writer before more are refused: a few groups' worth.
  static constexpr size_t kMaxQueuedBatches = 4 * kMaxBatchesPerGroup;

  /// A batch's result, or the StorageError that failed it (the batch, or its group's commit).
  using Outcome = std::variant<PushBatchResult, std::exception_ptr>;
  /// Called once for each batch submitted, on the writer's thread, after its group's commit: it must not
  /// block or throw.
  using Answer = std::function<void(Outcome outcome)>;

  /// Starts the writer thread. REQUIRES: database, processor and reports (when given) outlive this writer.
  PushWriter(Database& database, PushProcessor& processor, SyncReports* reports = nullptr);
  ~PushWriter();  // stop()
  PushWriter(const PushWriter&) = delete;
  PushWriter& operator=(const PushWriter&) = delete;

  /// Queues a batch (see PushProcessor::push) to be written and answered; returns at once. False, with
  /// answer dropped uncalled, when kMaxQueuedBatches already wait (the caller answers "busy"). Throws
  /// StorageError when the writer has stopped. Thread-safe.
  bool submit(const Device& device, std::vector<PushItem> items, std::optional<qint64> deviceTimeMs,
              Answer answer);
  /// Stores the sync reports waiting (SyncReports) with the next group, or alone when no push comes.
  /// Returns at once. Thread-safe.
  void storeReports();
  /// Batches waiting for the writer, not counting the group being written (for monitoring and tests).
  size_t queuedBatches();
  /// Writes and answers everything queued, then ends the thread; later pushes throw. Call before the
  /// database closes (the thread's connection closes with it). Idempotent; not from two threads at once.
  void stop();

 private:
  struct Pending;
  using Group = std::vector<std::shared_ptr<Pending>>;

  void run();
  /// Waits for work; empty, with *reports false, once stopping and nothing is left. *reports: whether the
  /// group should store the sync reports too.
  Group nextGroup(bool* reports);
  /// What a batch that fails in storage undoes: the whole group's transaction, or its own savepoint.
  enum class Isolation { Group, Batch };

  void write(const Group& group, bool reports);
  /// Writes the group in one transaction and answers every batch; false, with nothing answered or stored,
  /// when isolation is Group and a batch of several failed (the group is to be written again by batch).
  bool tryWrite(const Group& group, bool reports, Isolation isolation);
  /// Inside tx: the reports waiting, in a savepoint of their own (they never cost a push its answer).
  QHash<QString, SyncReport> writeReports(Transaction& tx);

  Database& database_;
  PushProcessor& processor_;
  std::mutex mutex_;
  std::condition_variable queued_;
  std::deque<std::shared_ptr<Pending>> queue_;  // GUARDED_BY(mutex_)
  bool stopping_ = false;                       // GUARDED_BY(mutex_)
  bool reportsWaiting_ = false;                 // GUARDED_BY(mutex_)
  SyncReports* reports_;
  std::thread thread_;
};

}  // namespace sohoi::server
