#pragma once
// A small province for hand-computed cases, and short ways to write plans and records in tests.
//
//   P (province)
//   ├── D1 (district) ── C1 (commune) ── C1-1, C1-2 (branches)
//   │                └─ C2 (commune) ── C2-1
//   └── D2 (district) ── C3 (commune) ── C3-1
#include <QDate>
#include <vector>

#include "domain/org_tree.h"
#include "plan/plan.h"
#include "plan/plan_loader.h"
#include "plan/progress_engine.h"
#include "plan/record_view.h"
#include "plan/unit_baseline.h"

namespace sohoi::plan::test {

OrgTree smallTree();

/// A plan for 2021 with the given indicators (the text inside "indicators": [ … ]); fails the test when
/// the plan does not load.
Plan planWith(const char* indicatorsJson);

/// Builds records with readable ids ("r1", "r2", … unless given) and increasing HLCs.
class Records {
 public:
  Records& add(RecordKind kind, const QString& unitId, QVariantMap fields, const QString& id = {});
  std::vector<RecordView> list() const { return records_; }

 private:
  std::vector<RecordView> records_;
};

/// A person with a role (1 branch leader, 2 full-time cadre, 3 member, 4 woman worker).
QVariantMap person(int role);
QVariantMap activity(int kind, const QDate& date);
QVariantMap training(int kind, const QDate& date, const QStringList& trainees,
                     const QStringList& employed = {});
QVariantMap visit(const QString& householdId, const QDate& date, bool allEight);

/// Evaluates the plan's only (or named) indicator at a unit.
IndicatorProgress evaluateAt(const ProgressEngine& engine, const QString& unitId,
                             const QString& indicatorId = {});

}  // namespace sohoi::plan::test
