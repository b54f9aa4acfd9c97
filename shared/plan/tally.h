#pragma once
// Tally: what one quantity (plan.h) has gathered from the records of one unit, or of a subtree. Tallies
// merge (commutative, associative), so a unit's subtree tally is its own tally merged with its children's
// subtree tallies: a server can keep own tallies per unit up to date as records arrive and re-merge only
// the ancestors of the unit that changed, and get the same figure as a from-scratch count.
#include <QDate>
#include <QHash>
#include <optional>

#include "key_map.h"
#include "plan.h"
#include "record_filter.h"
#include "record_view.h"

namespace sohoi::plan {

/// One candidate for "the latest record of a key" (a household's latest visit, a unit's latest rating).
struct LatestEntry {
  QDate date;
  HlcStamp hlc = 0;
  QString recordId;
  bool matches = false;       // the filter's `where` holds for this record
  bool matchesStart = false;  // the quantity's `startWhere` holds for this record
  qint64 amount = 0;     // the Sum field's value
  bool operator==(const LatestEntry&) const = default;
};

/// Orders by date, then HLC, then record id, so the choice is the same everywhere.
bool isLater(const LatestEntry& a, const LatestEntry& b);

/// A key's records relative to the period: the latest before it, the first and the latest inside it.
struct KeyState {
  std::optional<LatestEntry> before;
  std::optional<LatestEntry> firstIn;
  std::optional<LatestEntry> lastIn;
  bool linkedIn = false;  // a record inside the period holds the quantity's link (linkField → linkWhere)
  void merge(const KeyState& other);
  /// The key's latest record up to the period's end.
  const LatestEntry* end() const;
  /// The key's state at the period's start: the latest before it, else its first record inside it.
  const LatestEntry* start() const;
  bool operator==(const KeyState&) const = default;
};

struct Tally {
  qint64 records = 0;               // records that passed the filter (for latestBy: before `where`)
  qint64 count = 0;                 // Count: of those, the ones matching `where`
  qint64 sum = 0;                   // Sum: the field summed over matching records
  KeyMap<qint64> people;            // Distinct: person key → the per-person sum (or number of records)
  KeyMap<KeyState> latest;          // latestBy: key → its records

  void merge(const Tally& other);
};

/// The quantity's figure from a tally.
qint64 tallyValue(const Tally& tally, const Quantity& quantity);
/// What one key adds to a latestBy quantity's figure: tallyValue sums it over the keys, so a change of
/// one key changes the figure by the difference (a server keeps big figures up to date that way).
qint64 keyValue(const KeyState& state, const Quantity& quantity);
/// What one person adds to a Distinct quantity's figure, given her per-person sum.
qint64 personValue(qint64 personSum, const Quantity& quantity);
/// True when at least one record fed the tally (a growth needs a report to judge).
bool tallyReported(const Tally& tally, const Quantity& quantity);

/// Looks up a record by id (for the references a filter follows); null when unknown.
using RecordLookup = QHash<QString, const RecordView*>;

/// Adds one record's contribution to the own tallies of the units it counts for (usually its own unit;
/// for distinct people, the unit of each Person named, when that Person is known).
void tallyRecord(const Quantity& quantity, const RecordView& record, const RecordLookup& lookup,
                 const PeriodRange& period, QHash<QString, Tally>* ownTallies);

}  // namespace sohoi::plan
