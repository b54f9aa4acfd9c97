#pragma once
// The unit's progress toward its targets, computed on the device from its local records with the shared
// plan engine (shared/plan), the same code the server uses. The plan file ships inside the app until the
// plan travels with the sync feed.
//
// Threading: computeUnitProgress opens its own store connection and is meant for a worker thread.
#include <QString>
#include <QVariantList>
#include <vector>

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
};

struct UnitProgressResult {
  bool planLoaded = false;
  int planYear = 0;
  std::vector<ProgressBar> bars;
  QString errorVi;  // why there is nothing to show
  QString errorEn;
};

/// Evaluates the shipped plan at the store's enrolled unit. Blocking; opens storePath itself.
UnitProgressResult computeUnitProgress(const QString& storePath);

/// [{title, valueText, fraction (0..1, or -1 without a target), met, hasTarget}] in the current language.
QVariantList progressBarsForQml(const std::vector<ProgressBar>& bars);

}  // namespace sohoi::app
