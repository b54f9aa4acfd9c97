#pragma once
// The server's progress: a ProgressCache built from the database when first asked (or in the background
// at start), fed every committed push batch of this process, and built again when what it was built from
// changes under it (a plan or baselines loaded, the tree changed by sohoi-admin in another process, the day
// moved on). Before every answer it also reads the records other processes on the same database changed
// since the last answer (FeedFollower), so figures equal a from-scratch count whichever process took the
// pushes. That read, like a build, runs without the mutex: what it brings is applied as pushes are.
// Queries and updates take one mutex: an update only does bookkeeping, a query the recounting
// (progress_cache.h). A build reads the whole database (seconds at a million records), so it runs
// without the mutex: pushes that commit meanwhile are kept and applied to the new figures when it is
// done (the cache ignores what its snapshot already holds), and never wait for it; queries do.
// Thread-safe.
#include "feed_follower.h"
#include "progress_cache.h"

#include "sync/head_change.h"

#include <QDate>
#include <condition_variable>
#include <memory>
#include <thread>
#include <mutex>
#include <optional>

namespace sohoi::server {

class Database;

/// One answer: the unit's progress and what it was computed against.
struct ProgressReport {
  plan::Plan plan;
  QDate asOf;
  plan::UnitProgress unit;
};

class ProgressService final : public HeadChangeListener {
 public:
  /// asOf: the day progress is read for; invalid: today (clamped into the plan's year).
  explicit ProgressService(Database& database, QDate asOf = {});
  ~ProgressService() override;  // waits for a background build

  /// Builds the figures now rather than at the first query. False and *error when there is no usable
  /// plan (pushes are still taken; progress is built once a plan is loaded).
  bool prepare(QString* error);
  /// prepare() on a thread of its own at the lowest priority, so a server listens at once and serves devices
  /// first; queries meanwhile wait for it (under a burst of syncs, until the burst is served).
  void prepareInBackground();
  /// The unit and its children, childDepth levels deep; nullopt and *error (bilingual) without a plan.
  /// Throws StorageError when the database cannot be read.
  std::optional<plan::UnitProgress> progress(const QString& unitId, int childDepth, QString* error);
  /// progress() with the plan and the day it was computed for.
  std::optional<ProgressReport> report(const QString& unitId, int childDepth, QString* error);
  /// report() read on asOf (a past quarter's last day, say): from the kept figures when asOf is the day
  /// they are read for, otherwise counted afresh from the database (seconds at province scale), because
  /// the kept tallies hold one period per quarterly indicator. asOf invalid or outside the plan's year: as
  /// report() (the caller refuses a day outside the year).
  std::optional<ProgressReport> report(const QString& unitId, int childDepth, QDate asOf, QString* error);
  /// Runs fn on the up-to-date cache under the lock (tests compare it with a from-scratch engine).
  template <typename Fn>
  bool withCache(Fn&& fn, QString* error) {
    std::unique_lock lock(mutex_);
    if (!ensureCurrent(lock, error)) return false;
    fn(*cache_);
    return true;
  }

  void headsChanged(const std::vector<HeadChange>& changes) override;

 private:
  /// REQUIRES: lock holds mutex_; it is released while a build runs and held again on return.
  bool ensureCurrent(std::unique_lock<std::mutex>& lock, QString* error);
  /// Brings the figures up to the database's present: false when cache_ was built from other inputs (a
  /// plan, the tree, the day) and must be built again. REQUIRES: lock holds mutex_, cache_ set; it is
  /// released while the database is read (cache_ may be rebuilt meanwhile: see generation_).
  bool catchUp(std::unique_lock<std::mutex>& lock);
  /// Applies committed heads to the figures, or keeps them for the build under way. REQUIRES: mutex_ held.
  void take(const std::vector<HeadChange>& changes);
  /// The figures as the database holds them now; nullptr and *error without a usable plan.
  std::unique_ptr<ProgressCache> build(QString* error);

  Database& database_;
  QDate fixedAsOf_;
  std::mutex mutex_;
  std::condition_variable buildDone_;
  std::unique_ptr<ProgressCache> cache_;  // GUARDED_BY(mutex_)
  bool building_ = false;                 // GUARDED_BY(mutex_)
  std::vector<HeadChange> arrivedDuringBuild_;  // GUARDED_BY(mutex_)
  FeedFollower follower_;                       // GUARDED_BY(mutex_): from cache_'s snapshot on
  quint64 generation_ = 0;                      // GUARDED_BY(mutex_): counts the builds started
  std::thread background_;
};

}  // namespace sohoi::server
