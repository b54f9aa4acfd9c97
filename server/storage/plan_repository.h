#pragma once
// Plans, baselines and the tree's history: what progress is computed from besides the records. Every
// write bumps meta.progress_inputs so a running server notices and rebuilds its figures (ProgressCache).
#include "domain/unit_history.h"
#include "plan/unit_baseline.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace sohoi::server {

class Transaction;

/// A plan file as loaded by sohoi-admin: kept as text, parsed again by whoever uses it.
struct StoredPlan {
  qint64 id = 0;
  int year = 0;
  QString provinceId;
  QString fileName;
  QByteArray text;
  qint64 loadedAt = 0;
};

class PlanRepository {
 public:
  explicit PlanRepository(Transaction& tx) : tx_(tx) {}

  /// REQUIRES: a write transaction.
  qint64 insertPlan(int year, const QString& provinceId, const QString& fileName, const QByteArray& text);
  /// The plan loaded last (the newest year first, then the latest load).
  std::optional<StoredPlan> newestPlan();

  /// Inserts or replaces each unit's entry for its year.
  void saveBaselines(const std::vector<plan::UnitBaseline>& baselines);
  std::vector<plan::UnitBaseline> baselines(int year);

  void insertHistory(const UnitHistoryEntry& entry);
  /// Every entry, oldest change first.
  std::vector<UnitHistoryEntry> history();
  /// The last day the unit's placement changed (its latest validTo); invalid when never.
  QDate lastChange(const QString& unitId);

  /// Tells running servers that plan, baselines or history changed.
  void touch();
  /// The value touch() last set ("" when never).
  QString inputsVersion();

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
