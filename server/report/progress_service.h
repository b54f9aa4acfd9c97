#pragma once
// The server's progress: a ProgressCache built from the database when first asked (and at start), fed
// every committed push batch, and built again when what it was built from changes under it (a plan or
// baselines loaded, the tree changed by sohoi-admin in another process, or the day moved on). Queries and
// updates take one mutex: an update only does bookkeeping, a query the recounting (progress_cache.h).
// Thread-safe.
#include "progress_cache.h"

#include "sync/head_change.h"

#include <QDate>
#include <memory>
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

  /// Builds the figures now rather than at the first query. False and *error when there is no usable
  /// plan (pushes are still taken; progress is built once a plan is loaded).
  bool prepare(QString* error);
  /// The unit and its children, childDepth levels deep; nullopt and *error (bilingual) without a plan.
  /// Throws StorageError when the database cannot be read.
  std::optional<plan::UnitProgress> progress(const QString& unitId, int childDepth, QString* error);
  /// progress() with the plan and the day it was computed for.
  std::optional<ProgressReport> report(const QString& unitId, int childDepth, QString* error);
  /// Runs fn on the up-to-date cache under the lock (tests compare it with a from-scratch engine).
  template <typename Fn>
  bool withCache(Fn&& fn, QString* error) {
    std::lock_guard lock(mutex_);
    if (!ensureCurrent(error)) return false;
    fn(*cache_);
    return true;
  }

  void headsChanged(const std::vector<HeadChange>& changes) override;

 private:
  bool ensureCurrent(QString* error);  // REQUIRES: mutex_ held

  Database& database_;
  QDate fixedAsOf_;
  std::mutex mutex_;
  std::unique_ptr<ProgressCache> cache_;  // GUARDED_BY(mutex_)
};

}  // namespace sohoi::server
