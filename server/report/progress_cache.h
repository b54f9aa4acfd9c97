#pragma once
// Progress kept up to date as records arrive (DESIGN §4: at every level of the tree, equal to a
// from-scratch recomputation). Holds every current record the plan reads (only the fields it reads), and
// for each quantity of the plan a tally per unit of what that unit's own records give, and of its subtree.
//
// A change of records does little at once: it updates the record indexes and marks the (quantity, unit)
// tallies it can touch as stale. The first query after it recounts each stale own tally from the unit's
// records (a few hundred, not a million) and carries the difference up to the root: counts and sums by
// their change, and each household or person key that changed by merging that key again from the unit
// and its children. A subtree tally at the top of the province holds every household, so re-merging it
// whole after each push would cost more than the query itself; the figure of each subtree (its
// tallyValue) is kept the same way, key by key, so a query reads it instead of walking the tally.
// So ingest pays for bookkeeping only, and a query for work proportional to what changed since the last
// query. Stale means: every unit a record counted for before the change or counts for after it; for a
// person or household, also every record that names it (a training counts a trainee where her Person
// record is; a visit reads its household) — they are marked as if they changed.
//
// Not thread-safe by itself: ProgressService serialises access.
#include "progress_inputs.h"

#include "sync/head_change.h"

#include "plan/progress_engine.h"
#include "plan/tally.h"

#include <QSet>
#include <memory>
#include <unordered_map>
#include <vector>

namespace sohoi::server {

class ProgressCache final : public plan::TallySource {
 public:
  /// Builds everything from scratch. records: every current, non-deleted record (units as stored);
  /// snapshot: the feed position they were read at (changes up to it are ignored later).
  ProgressCache(ProgressInputs inputs, std::vector<plan::RecordView> records, quint64 snapshot);
  ProgressCache(const ProgressCache&) = delete;
  ProgressCache& operator=(const ProgressCache&) = delete;

  /// Takes in a committed batch's new heads (units as stored). Changes older than what is held are ignored.
  void apply(const std::vector<HeadChange>& changes);
  /// The unit (placed as on asOf) and its children, childDepth levels deep. Brings stale tallies up to date.
  plan::UnitProgress progress(const QString& unitId, int childDepth);
  /// Every indicator at every unit of the tree, for tests that compare with a from-scratch engine.
  const plan::ProgressEngine& engine();

  const ProgressInputs& inputs() const { return inputs_; }
  qint64 recordCount() const { return kept_; }
  /// The feed position the figures were built at.
  quint64 snapshot() const { return snapshot_; }

  // plan::TallySource: read by the engine during a query.
  const plan::Tally* own(int quantity, const QString& unitId) const override;
  const plan::Tally* subtree(int quantity, const QString& unitId) const override;
  qint64 subtreeValue(int quantity, const QString& unitId) const override;

 private:
  struct Slot {
    const plan::Quantity* quantity = nullptr;
    plan::PeriodRange period;
    bool countsPeople = false;  // distinct over Person ids: records count where the person is
    QHash<QString, plan::Tally> own;
    QHash<QString, plan::Tally> subtree;
    QHash<QString, qint64> value;  // by unit: tallyValue(subtree), kept up to date with it
    QSet<QString> stale;           // units whose own tally must be recounted
  };
  using KindUnit = QPair<int, QString>;

  void index(const plan::RecordView& record, bool add);
  QStringList refsOf(const plan::RecordView& record) const;
  void markStale(const plan::RecordView& record);
  /// What the cache holds of a record id: the record (null once deleted) and the feed position it came
  /// from, so a head that arrives late (pushes commit in one order, tell the cache in another) is ignored.
  struct Held {
    std::unique_ptr<plan::RecordView> record;
    quint64 position = 0;  // 0: read when the cache was built
  };
  void setRecord(const QString& id, Held& held, std::optional<plan::RecordView> record);
  QVariantMap projectFields(RecordKind kind, const QVariantMap& all) const;
  bool keeps(RecordKind kind) const { return projection_.contains(static_cast<int>(kind)); }
  void recount(Slot& slot, const QString& unitId);
  /// Carries a change of unitId's own tally (before → after) into its and its ancestors' subtree tallies.
  void propagate(Slot& slot, const QString& unitId, const plan::Tally& before, const plan::Tally& after);
  void refresh();

  ProgressInputs inputs_;
  std::vector<Slot> slots_;
  QHash<int, std::vector<int>> slotsOfKind_;      // record kind → slots reading it
  QHash<int, QStringList> projection_;            // record kind → the fields the plan reads, sorted as a
                                                   // record's fields are
  QHash<int, QStringList> refFields_;             // record kind → its fields naming people or households
  std::unordered_map<QString, Held> records_;     // by record id
  qint64 kept_ = 0;                                // records held (not deleted)
  plan::RecordLookup lookup_;                      // people and households, for the references
  // Indexes point into records_ (its values are stable): a recount reads records without looking up ids.
  QHash<KindUnit, QSet<const plan::RecordView*>> byKindUnit_;  // (kind, unit) → kept records
  QHash<QString, QSet<const plan::RecordView*>> namedBy_;      // person / household id → records naming it
  quint64 snapshot_ = 0;
  QSet<KindUnit> staleKindUnits_;                  // marked since the last refresh
  bool stale_ = false;
  std::unique_ptr<plan::ProgressEngine> engine_;
};

}  // namespace sohoi::server
