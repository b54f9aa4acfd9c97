#pragma once
// The unit's progress toward its targets, computed on the device from its local records with the shared
// plan engine (shared/plan), the same code the server uses, over the plan, org tree and 2020 baselines
// the last pull brought (LocalStore's reference data).
//
// Threading: computeUnitProgress opens its own store connection and is meant for a worker thread.
#include <QDate>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>
#include <vector>

namespace sohoi::client {
class LocalStore;
struct StoredRecord;
}
namespace sohoi::plan {
class ProgressEngine;
}

namespace sohoi::app {

/// One target as the home page draws it; both languages, so a language switch needs no recomputation.
struct ProgressBar {
  QString titleVi;
  QString titleEn;
  double value = 0;
  double target = 0;
  bool hasTarget = false;  // false: the target is judged at a higher level; value is the unit's part
  bool met = false;
  bool percent = false;    // value and target are percentages
  bool judged = false;     // judged at this unit: the target shown is this unit's own (else no target shown)
};

struct UnitProgressResult {
  bool planLoaded = false;
  int planYear = 0;
  std::vector<ProgressBar> bars;
  QString errorVi;  // why there is nothing to show
  QString errorEn;
};

/// Which of the store's records progress counts (none given: all of them).
using RecordFilter = std::function<bool(const client::StoredRecord&)>;

/// The shared plan engine over the store's plan, org tree, baselines and records, read on day (within the
/// plan's year); null when no pull has brought a plan, or (with the words why) when it cannot be read.
std::unique_ptr<plan::ProgressEngine> progressEngineOf(const client::LocalStore& store, QDate day, QString* errorVi,
                                                      QString* errorEn, const RecordFilter& counts = {});

/// Evaluates the synced plan at the store's enrolled unit; planLoaded false before a pull brought one.
/// Blocking; opens storePath itself.
UnitProgressResult computeUnitProgress(const QString& storePath);

/// [{title, valueText, fraction (0..1, or -1 when not judged here), met, hasTarget, judged}] in the current
/// language. Only a target judged at this unit is shown against its figure; elsewhere the unit's share, or
/// "no figures yet" when it has none (a branch is never shown its commune's target as its own failure).
QVariantList progressBarsForQml(const std::vector<ProgressBar>& bars);

}  // namespace sohoi::app
