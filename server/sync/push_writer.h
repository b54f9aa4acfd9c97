#pragma once
// Group commit for pushes. SQLite has one writer at a time and a push holds it for a few milliseconds,
// so thousands of devices pushing at once queued for seconds, each on its own thread and connection.
// Here one thread with one long-lived connection writes every push: what arrived while it was writing is
// written next, together, in one transaction. A batch that fails is undone alone and answered with its
// error while the others go on (the group is then written again, each batch in its own savepoint); if the
// commit fails, every batch of the group gets the error (nothing of it was stored, and devices retry).
// Feed positions follow the order the batches are written in, which is also commit order.
#include "push_processor.h"
#include "sync_reports.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace sohoi::server {

class PushWriter {
 public:
  /// A group stops at whichever comes first: keeps one transaction (and the waiters' latency) bounded.
  static constexpr size_t kMaxBatchesPerGroup = 64;
  static constexpr size_t kMaxItemsPerGroup = 5000;

  /// Starts the writer thread. REQUIRES: database, processor and reports (when given) outlive this writer.
  PushWriter(Database& database, PushProcessor& processor, SyncReports* reports = nullptr);
  ~PushWriter();  // stop()
  PushWriter(const PushWriter&) = delete;
  PushWriter& operator=(const PushWriter&) = delete;

  /// Queues a batch (see PushProcessor::push) and waits for its answer until deadline; nullopt when the
  /// deadline came first (the batch may still be written: pushes are idempotent by device and sequence).
  /// Throws StorageError when the batch or its group's commit failed, or the writer has stopped.
  /// Thread-safe.
  std::optional<PushBatchResult> push(const Device& device, std::vector<PushItem> items,
                                      std::optional<qint64> deviceTimeMs,
                                      std::chrono::system_clock::time_point deadline);
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
