#include "progress_service.h"

#include "progress_from_scratch.h"

#include "common/background_priority.h"
#include "common/thread_name.h"
#include "storage/current_records.h"
#include "storage/meta_repository.h"
#include "storage/plan_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

namespace sohoi::server {

ProgressService::ProgressService(Database& database, QDate asOf) : database_(database), fixedAsOf_(asOf) {}

ProgressService::~ProgressService() {
  if (background_.joinable()) background_.join();
}

bool ProgressService::prepare(QString* error) {
  std::unique_lock lock(mutex_);
  return ensureCurrent(lock, error);
}

void ProgressService::prepareInBackground() {
  background_ = std::thread([this] {
    nameThisThread("sohoi-progress");
    lowerThreadPriority();  // devices reconnecting after a restart come first (background_priority.h)
    QString noPlan;
    try {
      prepare(&noPlan);  // without a plan, progress is built once one is loaded
    } catch (const StorageError&) {
      // Built at the first query instead; the sync service reports storage trouble itself.
    }
  });
}

bool ProgressService::catchUp(std::unique_lock<std::mutex>& lock) {
  const quint64 generation = generation_;
  for (;;) {
    const ProgressInputs& built = cache_->inputs();
    const QString inputsVersion = built.inputsVersion, treeVersion = built.treeVersion;
    const bool sameDay =
        plan::clampedAsOf(built.plan, fixedAsOf_.isValid() ? fixedAsOf_ : QDate::currentDate()) == built.asOf;
    const FeedFollower follower = follower_;  // read from a copy: pushes go on meanwhile
    lock.unlock();
    // Two small reads (is what the figures were built from still what the database says?), then the
    // heads written since the last query, by this process or another.
    Transaction tx(database_, Transaction::Mode::Read);
    const bool current = sameDay && PlanRepository(tx).inputsVersion() == inputsVersion &&
                         MetaRepository(tx).value(QStringLiteral("tree_version")).value_or(QString()) == treeVersion;
    std::vector<HeadChange> changed;
    HeadsRead read;
    if (current) changed = follower.read(tx, &read);
    tx.commit();
    lock.lock();
    take(changed);
    // Everything up to the position read is applied, to whichever figures are current now (a build since
    // started from a later snapshot ignores what it already holds).
    follower_.advanceTo(read.upTo);
    if (!current || !read.cut || generation != generation_) return current;
  }
}

std::unique_ptr<ProgressCache> ProgressService::build(QString* error) {
  Transaction tx(database_, Transaction::Mode::Read);
  std::optional<ProgressInputs> inputs = readProgressInputs(tx, fixedAsOf_, error);
  if (!inputs) {
    tx.commit();
    return nullptr;
  }
  std::vector<plan::RecordView> records;
  const quint64 snapshot =
      readCurrentRecords(tx, [&records](CurrentRecord&& record) { records.push_back(std::move(record.view)); });
  tx.commit();
  return std::make_unique<ProgressCache>(std::move(*inputs), std::move(records), snapshot);
}

bool ProgressService::ensureCurrent(std::unique_lock<std::mutex>& lock, QString* error) {
  for (;;) {
    buildDone_.wait(lock, [this] { return !building_; });
    if (!cache_) break;
    const quint64 generation = generation_;
    const bool current = catchUp(lock);
    if (generation != generation_) continue;  // built again while the lock was released: look again
    if (current) return true;
    break;
  }
  // Out of date: let go of the old figures (a second copy of a province would double the memory) and
  // build new ones without the lock, keeping what pushes commit meanwhile.
  cache_.reset();
  building_ = true;
  ++generation_;
  arrivedDuringBuild_.clear();
  lock.unlock();
  std::unique_ptr<ProgressCache> fresh;
  try {
    fresh = build(error);
  } catch (...) {
    lock.lock();
    building_ = false;
    buildDone_.notify_all();
    throw;
  }
  lock.lock();
  if (fresh) {
    fresh->apply(arrivedDuringBuild_);
    follower_.advanceTo(fresh->snapshot());  // it may be ahead already: what was read went to the build
  }
  arrivedDuringBuild_.clear();
  cache_ = std::move(fresh);
  building_ = false;
  buildDone_.notify_all();
  return cache_ != nullptr;
}

std::optional<plan::UnitProgress> ProgressService::progress(const QString& unitId, int childDepth, QString* error) {
  std::unique_lock lock(mutex_);
  if (!ensureCurrent(lock, error)) return std::nullopt;
  return cache_->progress(unitId, childDepth);
}

std::optional<ProgressReport> ProgressService::report(const QString& unitId, int childDepth, QString* error) {
  std::unique_lock lock(mutex_);
  if (!ensureCurrent(lock, error)) return std::nullopt;
  return ProgressReport{cache_->inputs().plan, cache_->inputs().asOf, cache_->progress(unitId, childDepth)};
}

std::optional<ProgressReport> ProgressService::report(const QString& unitId, int childDepth, QDate asOf,
                                                     QString* error) {
  std::optional<ProgressReport> kept = report(unitId, childDepth, error);
  if (!kept || !asOf.isValid() || asOf.year() != kept->plan.year || asOf == kept->asOf) return kept;
  std::optional<ScratchProgress> scratch = progressFromScratch(database_, asOf, error);
  if (!scratch) return std::nullopt;
  return ProgressReport{scratch->inputs.plan, scratch->inputs.asOf,
                        scratch->engine->progress(scratch->inputs.tree.countsFor(unitId), childDepth)};
}

void ProgressService::headsChanged(const std::vector<HeadChange>& changes) {
  std::lock_guard lock(mutex_);
  take(changes);
}

void ProgressService::take(const std::vector<HeadChange>& changes) {
  follower_.applied(changes);
  if (building_) {
    arrivedDuringBuild_.insert(arrivedDuringBuild_.end(), changes.begin(), changes.end());
    return;
  }
  // Without figures there is nothing to keep up to date: the next build reads these records anyway.
  if (cache_) cache_->apply(changes);
}

}  // namespace sohoi::server
