#include "push_writer.h"

#include "common/thread_name.h"
#include "storage/device_repository.h"
#include "storage/feed_counter.h"
#include "storage/savepoint.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <future>

namespace sohoi::server {

struct PushWriter::Pending {
  Device device;
  std::vector<PushItem> items;
  std::optional<qint64> deviceTimeMs;
  std::promise<PushBatchResult> answer;
};

PushWriter::PushWriter(Database& database, PushProcessor& processor, SyncReports* reports)
    : database_(database), processor_(processor), reports_(reports), thread_([this] { run(); }) {}

PushWriter::~PushWriter() { stop(); }

std::optional<PushBatchResult> PushWriter::push(const Device& device, std::vector<PushItem> items,
                                                std::optional<qint64> deviceTimeMs,
                                                std::chrono::system_clock::time_point deadline) {
  auto pending = std::make_shared<Pending>(Pending{device, std::move(items), deviceTimeMs, {}});
  std::future<PushBatchResult> answer = pending->answer.get_future();
  {
    std::lock_guard lock(mutex_);
    if (stopping_)
      throw StorageError(QStringLiteral("Máy chủ đang dừng, hãy thử lại sau / The server is stopping; try again later"));
    queue_.push_back(std::move(pending));
  }
  queued_.notify_one();
  // gRPC says "no deadline" with the largest time point, which waiting until would overflow.
  if (deadline == std::chrono::system_clock::time_point::max())
    answer.wait();
  else if (answer.wait_until(deadline) != std::future_status::ready)
    return std::nullopt;
  return answer.get();
}

void PushWriter::storeReports() {
  {
    std::lock_guard lock(mutex_);
    reportsWaiting_ = true;
  }
  queued_.notify_one();
}

size_t PushWriter::queuedBatches() {
  std::lock_guard lock(mutex_);
  return queue_.size();
}

void PushWriter::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void PushWriter::run() {
  nameThisThread("sohoi-writer");
  for (;;) {
    bool reports = false;
    Group group = nextGroup(&reports);
    if (group.empty() && !reports) return;
    write(group, reports);
  }
}

PushWriter::Group PushWriter::nextGroup(bool* reports) {
  std::unique_lock lock(mutex_);
  queued_.wait(lock, [this] { return stopping_ || !queue_.empty() || reportsWaiting_; });
  *reports = reportsWaiting_ && reports_;
  reportsWaiting_ = false;
  Group group;
  size_t items = 0;
  while (!queue_.empty() && group.size() < kMaxBatchesPerGroup && (group.empty() || items < kMaxItemsPerGroup)) {
    items += queue_.front()->items.size();
    group.push_back(std::move(queue_.front()));
    queue_.pop_front();
  }
  return group;
}

QHash<QString, SyncReport> PushWriter::writeReports(Transaction& tx) {
  QHash<QString, SyncReport> reports = reports_->unwritten();
  Savepoint savepoint(tx);
  try {
    DeviceRepository devices(tx);
    for (auto it = reports.cbegin(); it != reports.cend(); ++it) devices.recordSync(it.key(), *it);
    savepoint.release();
    return reports;
  } catch (const StorageError&) {
    savepoint.rollback();  // kept in memory: the next group tries again
    return {};
  }
}

void PushWriter::write(const Group& group, bool reports) {
  // Batches almost never fail in storage (validation answers bad input without an error), so a group is
  // first written without a savepoint a batch: on PostgreSQL two round trips each. Only when one fails is
  // the group written again, each batch in its own savepoint, so that the failure stays that batch's.
  if (!tryWrite(group, reports, Isolation::Group)) tryWrite(group, reports, Isolation::Batch);
}

bool PushWriter::tryWrite(const Group& group, bool reports, Isolation isolation) {
  // Answers wait for the commit: until then nothing of the group is stored.
  std::vector<std::optional<PushBatchResult>> results(group.size());
  std::vector<std::exception_ptr> failures(group.size());
  std::vector<HeadChange> heads;
  HeadChangeListener* listener = processor_.listener();
  QHash<QString, SyncReport> reported;
  try {
    Transaction tx(database_, Transaction::Mode::Write);
    FeedCounter positions(tx);  // one for the group: its lock and its write once, not once a batch
    for (size_t i = 0; i < group.size(); ++i) {
      Pending& batch = *group[i];
      std::vector<HeadChange> batchHeads;
      const auto pushIn = [&] {
        results[i] = processor_.pushIn(tx, positions, batch.device, batch.items, batch.deviceTimeMs,
                                       listener ? &batchHeads : nullptr);
        tx.flush();  // its held-back writes: a failure among them is this batch's, not the next one's
      };
      if (isolation == Isolation::Group) {
        try {
          pushIn();
        } catch (const StorageError&) {
          if (group.size() == 1) throw;  // alone, its failure is the group's, answered below
          return false;                  // tx rolls back; nothing was answered
        }
      } else {
        Savepoint savepoint(tx);
        const quint64 mark = positions.last();
        try {
          pushIn();
          savepoint.release();
        } catch (const StorageError&) {
          failures[i] = std::current_exception();
          savepoint.rollback();  // when even this fails, the whole group fails below
          positions.rewind(mark);
          continue;
        }
      }
      heads.insert(heads.end(), std::make_move_iterator(batchHeads.begin()), std::make_move_iterator(batchHeads.end()));
    }
    positions.store();
    if (reports) reported = writeReports(tx);
    tx.commit();
  } catch (...) {
    for (const std::shared_ptr<Pending>& batch : group) batch->answer.set_exception(std::current_exception());
    return true;
  }
  if (!reported.isEmpty()) reports_->written(reported);
  // Before the answers, so a device that has its answer finds its records in the figures.
  if (listener && !heads.empty()) listener->headsChanged(heads);
  for (size_t i = 0; i < group.size(); ++i) {
    if (failures[i])
      group[i]->answer.set_exception(failures[i]);
    else
      group[i]->answer.set_value(std::move(*results[i]));
  }
  return true;
}

}  // namespace sohoi::server
