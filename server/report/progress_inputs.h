#pragma once
// Everything besides records that progress is computed from, read from the database: the newest plan,
// the day progress is read for, the tree as at that day (plan/tree_at_date.h) and the 2020 baselines, with
// merged units' baselines added to their successors'.
#include "plan/plan.h"
#include "plan/tree_at_date.h"
#include "plan/record_view.h"
#include "plan/unit_baseline.h"

#include <QDate>
#include <optional>

namespace sohoi::server {

class Transaction;

struct ProgressInputs {
  plan::Plan plan;
  QDate asOf;  // clamped into the plan's year
  plan::TreeAtDate tree;
  plan::BaselineTable baselines;  // by the unit they count for on asOf
  QString inputsVersion;          // meta.progress_inputs and meta.tree_version when read: a change of
  QString treeVersion;            // either means the inputs must be read again

  /// The record as progress reads it: its unit replaced by the one it counts for on asOf.
  void place(plan::RecordView* record) const;
};

/// Reads the inputs; nullopt and *error (bilingual) when there is no plan or the stored plan does not
/// load. asOf invalid: today.
std::optional<ProgressInputs> readProgressInputs(Transaction& tx, QDate asOf, QString* error);

}  // namespace sohoi::server
