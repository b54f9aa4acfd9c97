#include "progress_service.h"

#include "storage/current_records.h"
#include "storage/meta_repository.h"
#include "storage/plan_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

namespace sohoi::server {

ProgressService::ProgressService(Database& database, QDate asOf) : database_(database), fixedAsOf_(asOf) {}

bool ProgressService::prepare(QString* error) {
  std::lock_guard lock(mutex_);
  return ensureCurrent(error);
}

bool ProgressService::ensureCurrent(QString* error) {
  Transaction tx(database_, Transaction::Mode::Read);
  if (cache_) {
    // Two small reads per query: is what the figures were built from still what the database says?
    const ProgressInputs& built = cache_->inputs();
    const QDate asOf = plan::clampedAsOf(built.plan, fixedAsOf_.isValid() ? fixedAsOf_ : QDate::currentDate());
    if (PlanRepository(tx).inputsVersion() == built.inputsVersion &&
        MetaRepository(tx).value(QStringLiteral("tree_version")).value_or(QString()) == built.treeVersion &&
        asOf == built.asOf) {
      tx.commit();
      return true;
    }
  }
  cache_.reset();
  std::optional<ProgressInputs> inputs = readProgressInputs(tx, fixedAsOf_, error);
  if (!inputs) {
    tx.commit();
    return false;
  }
  std::vector<plan::RecordView> records;
  const quint64 snapshot =
      readCurrentRecords(tx, [&records](CurrentRecord&& record) { records.push_back(std::move(record.view)); });
  tx.commit();
  cache_ = std::make_unique<ProgressCache>(std::move(*inputs), std::move(records), snapshot);
  return true;
}

std::optional<plan::UnitProgress> ProgressService::progress(const QString& unitId, int childDepth, QString* error) {
  std::lock_guard lock(mutex_);
  if (!ensureCurrent(error)) return std::nullopt;
  return cache_->progress(unitId, childDepth);
}

std::optional<ProgressReport> ProgressService::report(const QString& unitId, int childDepth, QString* error) {
  std::lock_guard lock(mutex_);
  if (!ensureCurrent(error)) return std::nullopt;
  return ProgressReport{cache_->inputs().plan, cache_->inputs().asOf, cache_->progress(unitId, childDepth)};
}

void ProgressService::headsChanged(const std::vector<HeadChange>& changes) {
  std::lock_guard lock(mutex_);
  // Without figures there is nothing to keep up to date: the next build reads these records anyway.
  if (cache_) cache_->apply(changes);
}

}  // namespace sohoi::server
