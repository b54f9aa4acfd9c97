#include "progress_cache.h"

#include "plan/record_filter.h"

#include <algorithm>

namespace sohoi::server {

namespace {

bool isReferenced(RecordKind kind) { return kind == RecordKind::Person || kind == RecordKind::Household; }

void addFields(QSet<QString>* set, const std::vector<plan::FieldCondition>& conditions) {
  for (const plan::FieldCondition& condition : conditions) set->insert(condition.field);
}

void addIfSet(QSet<QString>* set, const QString& field) {
  if (!field.isEmpty()) set->insert(field);
}

}  // namespace

ProgressCache::ProgressCache(ProgressInputs inputs, std::vector<plan::RecordView> records, quint64 snapshot)
    : inputs_(std::move(inputs)), snapshot_(snapshot) {
  // What the plan reads: per quantity a slot; per kind the fields and the references that matter.
  for (const plan::PlanQuantity& planned : plan::planQuantities(inputs_.plan)) {
    const plan::Quantity& quantity = *planned.quantity;
    const plan::RecordFilter& filter = quantity.records;
    const RecordKind kind = filter.kind;
    Slot slot;
    slot.quantity = &quantity;
    slot.period = plan::periodFor(inputs_.plan, *planned.indicator, inputs_.asOf);
    QSet<QString>& fields = fieldsRead_[static_cast<int>(kind)];
    addFields(&fields, filter.where);
    addIfSet(&fields, filter.dateField.isEmpty() ? plan::periodField(kind) : filter.dateField);
    addIfSet(&fields, filter.endedBy);
    addIfSet(&fields, quantity.field);
    addIfSet(&fields, quantity.fallbackField);
    addIfSet(&fields, quantity.perPersonSumField);
    if (quantity.latestBy != QLatin1String("$unit")) addIfSet(&fields, quantity.latestBy);
    QStringList& refs = refFields_[static_cast<int>(kind)];
    if (!filter.refField.isEmpty()) {
      fields.insert(filter.refField);
      if (!refs.contains(filter.refField)) refs.append(filter.refField);
      if (std::optional<RecordKind> target = plan::referencedKind(kind, filter.refField))
        addFields(&fieldsRead_[static_cast<int>(*target)], filter.refWhere);
    }
    if (quantity.aggregate == plan::Aggregate::Distinct &&
        plan::referencedKind(kind, quantity.field) == RecordKind::Person) {
      slot.countsPeople = true;
      if (!refs.contains(quantity.field)) refs.append(quantity.field);
      addFields(&fieldsRead_[static_cast<int>(RecordKind::Person)], quantity.peopleWhere);
    }
    slotsOfKind_[static_cast<int>(kind)].push_back(static_cast<int>(slots_.size()));
    slots_.push_back(std::move(slot));
  }
  const OrgTree& tree = inputs_.tree.tree;
  for (const OrgUnit& unit : tree.units()) {
    if (!unit.parentId.isEmpty() && tree.contains(unit.parentId)) continue;
    QStringList level{unit.id};
    for (int depth = 0; !level.isEmpty() && depth <= tree.size(); ++depth) {
      QStringList next;
      for (const QString& id : level) {
        depth_.insert(id, depth);
        next.append(tree.children(id));
      }
      level = next;
    }
  }

  for (plan::RecordView& record : records) {
    if (!keeps(record.kind)) continue;
    inputs_.place(&record);
    const QString id = record.recordId;
    positions_.insert(id, 0);
    auto& kept = records_[id];
    kept = std::make_unique<plan::RecordView>(project(std::move(record)));
    index(id, *kept, true);
    if (isReferenced(kept->kind)) lookup_.insert(id, kept.get());
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

plan::RecordView ProgressCache::project(plan::RecordView record) const {
  // Only the fields the plan reads: a million records in memory cost a fraction of their full size.
  const QSet<QString> wanted = fieldsRead_.value(static_cast<int>(record.kind));
  QVariantMap fields;
  for (auto it = record.fields.cbegin(); it != record.fields.cend(); ++it)
    if (wanted.contains(it.key())) fields.insert(it.key(), it.value());
  record.fields = std::move(fields);
  return record;
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

void ProgressCache::index(const QString& id, const plan::RecordView& record, bool add) {
  const KindUnit key{static_cast<int>(record.kind), record.unitId};
  if (add) {
    byKindUnit_[key].insert(id);
  } else if (auto it = byKindUnit_.find(key); it != byKindUnit_.end()) {
    it->remove(id);
    if (it->isEmpty()) byKindUnit_.erase(it);
  }
  for (const QString& ref : refsOf(record)) {
    if (add) {
      namedBy_[ref].insert(id);
    } else if (auto it = namedBy_.find(ref); it != namedBy_.end()) {
      it->remove(id);
      if (it->isEmpty()) namedBy_.erase(it);
    }
  }
}

void ProgressCache::markStale(const plan::RecordView& record) {
  QStringList units{record.unitId};
  for (const QString& ref : refsOf(record))
    if (const plan::RecordView* named = lookup_.value(ref)) units.append(named->unitId);
  for (int index : slotsOfKind_.value(static_cast<int>(record.kind))) {
    Slot& slot = slots_[static_cast<size_t>(index)];
    for (const QString& unit : units) slot.stale.insert(unit);
  }
  stale_ = true;
}

void ProgressCache::setRecord(const QString& id, std::optional<plan::RecordView> record) {
  auto old = records_.find(id);
  if (old == records_.end() && !record) return;  // deleting a record never held
  const RecordKind kind = old != records_.end() ? old->second->kind : record->kind;
  QSet<QString> affected{id};
  if (isReferenced(kind)) affected.unite(namedBy_.value(id));
  const auto markAll = [&] {
    for (const QString& each : affected)
      if (auto found = records_.find(each); found != records_.end()) markStale(*found->second);
  };
  markAll();  // where they counted before …
  if (old != records_.end()) {
    index(id, *old->second, false);
    lookup_.remove(id);
    records_.erase(old);
  }
  if (record) {
    auto& kept = records_[id];
    kept = std::make_unique<plan::RecordView>(project(std::move(*record)));
    index(id, *kept, true);
    if (isReferenced(kind)) lookup_.insert(id, kept.get());
  }
  markAll();  // … and where they count now
}

void ProgressCache::apply(const std::vector<HeadChange>& changes) {
  for (const HeadChange& change : changes) {
    const RecordVersion& version = change.version;
    if (!keeps(version.kind) || change.position <= snapshot_) continue;
    quint64& held = positions_[version.recordId];
    if (held >= change.position) continue;  // a later head is held already
    held = change.position;
    std::optional<plan::RecordView> view;
    if (!version.deleted) {
      view = plan::RecordView{version.recordId, version.kind, version.unitId, version.hlc, version.fields};
      inputs_.place(&*view);
    }
    setRecord(version.recordId, std::move(view));
  }
}

void ProgressCache::recount(Slot& slot, const QString& unitId) {
  const RecordKind kind = slot.quantity->records.kind;
  QSet<QString> candidates = byKindUnit_.value({static_cast<int>(kind), unitId});
  if (slot.countsPeople) {
    // Records anywhere that name a person of this unit count here.
    for (const QString& person : byKindUnit_.value({static_cast<int>(RecordKind::Person), unitId}))
      for (const QString& naming : namedBy_.value(person))
        if (auto found = records_.find(naming); found != records_.end() && found->second->kind == kind)
          candidates.insert(naming);
  }
  QHash<QString, plan::Tally> tallies;
  for (const QString& id : candidates)
    if (auto found = records_.find(id); found != records_.end())
      plan::tallyRecord(*slot.quantity, *found->second, lookup_, slot.period, &tallies);
  auto mine = tallies.find(unitId);
  if (mine == tallies.end())
    slot.own.remove(unitId);
  else
    slot.own.insert(unitId, std::move(mine.value()));
}

void ProgressCache::refresh() {
  if (!stale_) return;
  const OrgTree& tree = inputs_.tree.tree;
  for (Slot& slot : slots_) {
    if (slot.stale.isEmpty()) continue;
    QSet<QString> merge;  // stale units and their ancestors: their subtree tallies change
    for (const QString& unit : slot.stale) {
      recount(slot, unit);
      QString current = unit;
      for (int steps = 0; steps <= tree.size() && !current.isEmpty() && !merge.contains(current); ++steps) {
        const OrgUnit* found = tree.find(current);
        if (!found) break;
        merge.insert(current);
        current = found->parentId;
      }
    }
    slot.stale.clear();
    QStringList order(merge.cbegin(), merge.cend());
    std::sort(order.begin(), order.end(), [this](const QString& a, const QString& b) {
      const int da = depth_.value(a), db = depth_.value(b);
      return da != db ? da > db : a < b;
    });
    for (const QString& unit : order) {
      plan::Tally tally = slot.own.value(unit);
      for (const QString& child : tree.children(unit)) {
        auto it = slot.subtree.constFind(child);
        if (it != slot.subtree.constEnd()) tally.merge(it.value());
      }
      if (tally.records > 0)
        slot.subtree.insert(unit, std::move(tally));
      else
        slot.subtree.remove(unit);
    }
  }
  stale_ = false;
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
  const Slot& slot = slots_[static_cast<size_t>(quantity)];
  auto it = slot.own.constFind(unitId);
  return it == slot.own.constEnd() ? nullptr : &it.value();
}

const plan::Tally* ProgressCache::subtree(int quantity, const QString& unitId) const {
  const Slot& slot = slots_[static_cast<size_t>(quantity)];
  auto it = slot.subtree.constFind(unitId);
  return it == slot.subtree.constEnd() ? nullptr : &it.value();
}

}  // namespace sohoi::server
