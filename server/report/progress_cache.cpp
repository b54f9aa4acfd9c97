#include "progress_cache.h"

#include "plan/record_filter.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace sohoi::server {

namespace {

void addFields(QSet<QString>* set, const std::vector<plan::FieldCondition>& conditions) {
  for (const plan::FieldCondition& condition : conditions) set->insert(condition.field);
}

void addIfSet(QSet<QString>* set, const QString& field) {
  if (!field.isEmpty()) set->insert(field);
}

// The keys whose entry differs between two tallies' maps (present in one only, or with other contents).
template <typename T>
QStringList changedKeys(const plan::KeyMap<T>& before, const plan::KeyMap<T>& after) {
  QStringList keys;
  before.forEach([&](const QString& key, const T& was) {
    const T* now = after.find(key);
    if (!now || !(*now == was)) keys.append(key);
  });
  after.forEach([&](const QString& key, const T&) {
    if (!before.contains(key)) keys.append(key);
  });
  return keys;
}

// Sets each key of *held (a subtree tally's map) to the merge of that key over parts (the unit's own
// tally and its children's subtree tallies; null parts are skipped), and moves *value by what the key's
// worth changed.
template <typename T, typename Combine, typename Worth>
void remergeKeys(const QStringList& keys, const std::vector<const plan::Tally*>& parts,
                 plan::KeyMap<T> plan::Tally::*map, plan::KeyMap<T>* held, qint64* value, Combine combine,
                 Worth worth) {
  for (const QString& key : keys) {
    std::optional<T> merged;
    for (const plan::Tally* part : parts) {
      if (!part) continue;
      const T* found = (part->*map).find(key);
      if (!found) continue;
      if (merged)
        combine(*merged, *found);
      else
        merged = *found;
    }
    if (const T* was = held->find(key)) {
      *value -= worth(*was);
      held->remove(key);
    }
    if (merged) {
      *value += worth(*merged);
      held->insert(key, *merged);
    }
  }
}

const plan::Tally* findTally(const QHash<QString, plan::Tally>& tallies, const QString& unitId) {
  auto it = tallies.constFind(unitId);
  return it == tallies.constEnd() ? nullptr : &it.value();
}

}  // namespace

ProgressCache::ProgressCache(ProgressInputs inputs, std::vector<plan::RecordView> records, quint64 snapshot)
    : inputs_(std::move(inputs)), snapshot_(snapshot) {
  // What the plan reads: per quantity a slot; per kind the fields and the references that matter.
  QHash<int, QSet<QString>> fieldsRead;  // record kind → the fields the plan reads of it
  for (const plan::PlanQuantity& planned : plan::planQuantities(inputs_.plan)) {
    const plan::Quantity& quantity = *planned.quantity;
    const plan::RecordFilter& filter = quantity.records;
    const RecordKind kind = filter.kind;
    Slot slot;
    slot.quantity = &quantity;
    slot.period = plan::periodFor(inputs_.plan, *planned.indicator, inputs_.asOf, planned.quarter);
    QSet<QString>& fields = fieldsRead[static_cast<int>(kind)];
    addFields(&fields, filter.where);
    addFields(&fields, quantity.startWhere);
    if (quantity.field == QLatin1String(plan::kPersonKey))
      fields.unite(QSet<QString>{QStringLiteral("full_name"), QStringLiteral("birth_year")});
    addIfSet(&fields, filter.dateField.isEmpty() ? plan::periodField(kind) : filter.dateField);
    addIfSet(&fields, filter.endedBy);
    addIfSet(&fields, quantity.field);
    addIfSet(&fields, quantity.fallbackField);
    addIfSet(&fields, quantity.perPersonSumField);
    if (quantity.latestBy != QLatin1String("$unit")) addIfSet(&fields, quantity.latestBy);
    QStringList& refs = refFields_[static_cast<int>(kind)];
    // A reference (the filter's, or the quantity's link): the id field, and what is tested on its target.
    const auto addReference = [&](const QString& field, const std::vector<plan::FieldCondition>& conditions) {
      if (field.isEmpty()) return;
      fields.insert(field);
      if (!refs.contains(field)) refs.append(field);
      if (std::optional<RecordKind> target = plan::referencedKind(kind, field))
        addFields(&fieldsRead[static_cast<int>(*target)], conditions);
    };
    addReference(filter.refField, filter.refWhere);
    addReference(quantity.linkField, quantity.linkWhere);
    if (quantity.aggregate == plan::Aggregate::Distinct &&
        plan::referencedKind(kind, quantity.field) == RecordKind::Person) {
      slot.countsPeople = true;
      if (!refs.contains(quantity.field)) refs.append(quantity.field);
      addFields(&fieldsRead[static_cast<int>(RecordKind::Person)], quantity.peopleWhere);
    }
    slotsOfKind_[static_cast<int>(kind)].push_back(static_cast<int>(slots_.size()));
    slots_.push_back(std::move(slot));
  }

  for (auto it = fieldsRead.cbegin(); it != fieldsRead.cend(); ++it) {
    QStringList& sorted = projection_[it.key()] = it.value().values();
    std::sort(sorted.begin(), sorted.end());  // as a QVariantMap orders its keys
  }

  for (plan::RecordView& record : records) {
    if (!keeps(record.kind)) continue;
    inputs_.place(&record);
    const QString id = record.recordId;
    record.fields = projectFields(record.kind, record.fields);
    std::unique_ptr<plan::RecordView>& kept = records_[id].record;
    kept = std::make_unique<plan::RecordView>(std::move(record));
    ++kept_;
    index(*kept, true);
    if (plan::isReferencedKind(kept->kind)) lookup_.insert(id, kept.get());
  }
  records.clear();
  // Everything is stale at first: the first count goes through the same path as every later one.
  for (auto it = byKindUnit_.cbegin(); it != byKindUnit_.cend(); ++it) {
    for (int index : slotsOfKind_.value(it.key().first)) slots_[static_cast<size_t>(index)].stale.insert(it.key().second);
    if (it.key().first == static_cast<int>(RecordKind::Person))
      for (Slot& slot : slots_)
        if (slot.countsPeople) slot.stale.insert(it.key().second);
  }
  stale_ = true;
  refresh();
  engine_ = std::make_unique<plan::ProgressEngine>(inputs_.plan, inputs_.tree.tree, inputs_.baselines, this,
                                                   inputs_.asOf);
}

QVariantMap ProgressCache::projectFields(RecordKind kind, const QVariantMap& all) const {
  // Only the fields the plan reads: a million records in memory cost a fraction of their full size. The
  // plan reads a few of a record's fields: finding each costs less than hashing every name the record has.
  QVariantMap fields;
  const auto wanted = projection_.constFind(static_cast<int>(kind));
  if (wanted == projection_.cend()) return fields;
  for (const QString& name : *wanted)
    if (auto found = all.constFind(name); found != all.cend())
      fields.insert(fields.cend(), name, found.value());  // in the map's order: no search
  return fields;
}

QStringList ProgressCache::refsOf(const plan::RecordView& record) const {
  QStringList ids;
  for (const QString& field : refFields_.value(static_cast<int>(record.kind))) {
    const QVariant value = record.fields.value(field);
    if (value.typeId() == QMetaType::QStringList)
      ids.append(value.toStringList());
    else if (!value.toString().isEmpty())
      ids.append(value.toString());
  }
  return ids;
}

void ProgressCache::index(const plan::RecordView& record, bool add) {
  const KindUnit key{static_cast<int>(record.kind), record.unitId};
  if (add) {
    byKindUnit_[key].insert(&record);
  } else if (auto it = byKindUnit_.find(key); it != byKindUnit_.end()) {
    it->remove(&record);
    if (it->isEmpty()) byKindUnit_.erase(it);
  }
  for (const QString& ref : refsOf(record)) {
    if (add) {
      namedBy_[ref].insert(&record);
    } else if (auto it = namedBy_.find(ref); it != namedBy_.end()) {
      it->remove(&record);
      if (it->isEmpty()) namedBy_.erase(it);
    }
  }
}

void ProgressCache::markStale(const plan::RecordView& record) {
  const int kind = static_cast<int>(record.kind);
  const auto mark = [&](const QString& unit) {
    // A batch from one tablet marks the same unit hundreds of times: one lookup each, not one per slot.
    if (staleKindUnits_.contains({kind, unit})) return;
    staleKindUnits_.insert({kind, unit});
    for (int index : slotsOfKind_.value(kind)) slots_[static_cast<size_t>(index)].stale.insert(unit);
  };
  mark(record.unitId);
  for (const QString& ref : refsOf(record))
    if (const plan::RecordView* named = lookup_.value(ref)) mark(named->unitId);
  stale_ = true;
}

void ProgressCache::setRecord(const QString& id, Held& held, std::optional<plan::RecordView> record) {
  if (!held.record && !record) return;  // deleting a record never held
  const RecordKind kind = held.record ? held.record->kind : record->kind;
  // The records naming this one (never itself) stay in place; the record is marked before and after.
  const QSet<const plan::RecordView*> naming = plan::isReferencedKind(kind) ? namedBy_.value(id) : QSet<const plan::RecordView*>{};
  const auto markAll = [&] {
    if (held.record) markStale(*held.record);
    for (const plan::RecordView* each : naming) markStale(*each);
  };
  markAll();  // where they counted before …
  if (held.record) {
    index(*held.record, false);
    lookup_.remove(id);
    held.record.reset();
    --kept_;
  }
  if (record) {
    held.record = std::make_unique<plan::RecordView>(std::move(*record));
    ++kept_;
    index(*held.record, true);
    if (plan::isReferencedKind(kind)) lookup_.insert(id, held.record.get());
  }
  markAll();  // … and where they count now
}

void ProgressCache::apply(const std::vector<HeadChange>& changes) {
  for (const HeadChange& change : changes) {
    const RecordVersion& version = change.version;
    if (!keeps(version.kind) || change.position <= snapshot_) continue;
    Held& held = records_[version.recordId];  // one lookup for the position and the record
    if (held.position >= change.position) continue;  // a later head is held already
    held.position = change.position;
    std::optional<plan::RecordView> view;
    if (!version.deleted) {
      view = plan::RecordView{version.recordId, version.kind, version.unitId, version.hlc,
                              projectFields(version.kind, version.fields)};
      inputs_.place(&*view);
    }
    setRecord(version.recordId, held, std::move(view));
  }
}

void ProgressCache::recount(Slot& slot, const QString& unitId) {
  const RecordKind kind = slot.quantity->records.kind;
  QSet<const plan::RecordView*> candidates = byKindUnit_.value({static_cast<int>(kind), unitId});
  if (slot.countsPeople) {
    // Records anywhere that name a person of this unit count here.
    for (const plan::RecordView* person : byKindUnit_.value({static_cast<int>(RecordKind::Person), unitId}))
      for (const plan::RecordView* naming : namedBy_.value(person->recordId))
        if (naming->kind == kind) candidates.insert(naming);
  }
  QHash<QString, plan::Tally> tallies;
  for (const plan::RecordView* record : candidates)
    plan::tallyRecord(*slot.quantity, *record, lookup_, slot.period, &tallies);
  auto mine = tallies.find(unitId);
  if (mine == tallies.end())
    slot.own.remove(unitId);
  else
    slot.own.insert(unitId, std::move(mine.value()));
}

void ProgressCache::refresh() {
  if (!stale_) return;
  static const plan::Tally kNone;
  for (Slot& slot : slots_) {
    const QSet<QString> stale = std::exchange(slot.stale, {});
    for (const QString& unit : stale) {
      const plan::Tally before = slot.own.take(unit);
      recount(slot, unit);
      const plan::Tally* after = findTally(slot.own, unit);
      propagate(slot, unit, before, after ? *after : kNone);
    }
  }
  staleKindUnits_.clear();
  stale_ = false;
}

void ProgressCache::propagate(Slot& slot, const QString& unitId, const plan::Tally& before,
                              const plan::Tally& after) {
  const qint64 records = after.records - before.records;
  const qint64 count = after.count - before.count;
  const qint64 sum = after.sum - before.sum;
  const QStringList latestKeys = changedKeys(before.latest, after.latest);
  const QStringList peopleKeys = changedKeys(before.people, after.people);
  if (records == 0 && count == 0 && sum == 0 && latestKeys.isEmpty() && peopleKeys.isEmpty()) return;
  const plan::Quantity& quantity = *slot.quantity;
  const bool keyed = !quantity.latestBy.isEmpty() || quantity.aggregate == plan::Aggregate::Distinct;
  const OrgTree& tree = inputs_.tree.tree;
  QString current = unitId;
  for (int steps = 0; steps <= tree.size() && !current.isEmpty(); ++steps) {
    const OrgUnit* unit = tree.find(current);
    if (!unit) break;
    plan::Tally& subtree = slot.subtree[current];  // no insertion into slot.subtree until the next unit
    qint64& value = slot.value[current];
    subtree.records += records;
    subtree.count += count;
    subtree.sum += sum;
    // Each changed key again from this unit's own tally and its children's subtrees. A count or a sum
    // has no keys: finding a province's children at every step would be most of a first build's time.
    std::vector<const plan::Tally*> parts;
    if (!latestKeys.isEmpty() || !peopleKeys.isEmpty()) {
      parts.push_back(findTally(slot.own, current));
      for (const QString& child : tree.children(current)) parts.push_back(findTally(slot.subtree, child));
    }
    remergeKeys(latestKeys, parts, &plan::Tally::latest, &subtree.latest, &value,
                [](plan::KeyState& into, const plan::KeyState& other) { into.merge(other); },
                [&](const plan::KeyState& state) { return plan::keyValue(state, quantity); });
    remergeKeys(peopleKeys, parts, &plan::Tally::people, &subtree.people, &value,
                [](qint64& into, qint64 other) { into += other; },
                [&](qint64 personSum) { return plan::personValue(personSum, quantity); });
    if (!keyed) value = plan::tallyValue(subtree, quantity);
    if (subtree.records == 0) {
      slot.subtree.remove(current);
      slot.value.remove(current);
    }
    current = unit->parentId;
  }
}

plan::UnitProgress ProgressCache::progress(const QString& unitId, int childDepth) {
  refresh();
  return engine_->progress(inputs_.tree.countsFor(unitId), childDepth);
}

const plan::ProgressEngine& ProgressCache::engine() {
  refresh();
  return *engine_;
}

const plan::Tally* ProgressCache::own(int quantity, const QString& unitId) const {
  return findTally(slots_[static_cast<size_t>(quantity)].own, unitId);
}

const plan::Tally* ProgressCache::subtree(int quantity, const QString& unitId) const {
  return findTally(slots_[static_cast<size_t>(quantity)].subtree, unitId);
}

qint64 ProgressCache::subtreeValue(int quantity, const QString& unitId) const {
  return slots_[static_cast<size_t>(quantity)].value.value(unitId);
}

}  // namespace sohoi::server
