#include "tally.h"

#include "domain/record_schema.h"

namespace sohoi::plan {

namespace {

void keepLater(std::optional<LatestEntry>* slot, const std::optional<LatestEntry>& candidate) {
  if (candidate && (!*slot || isLater(*candidate, **slot))) *slot = candidate;
}
void keepEarlier(std::optional<LatestEntry>* slot, const std::optional<LatestEntry>& candidate) {
  if (candidate && (!*slot || isLater(**slot, *candidate))) *slot = candidate;
}

// The person keys a Distinct quantity reads from one record.
QStringList peopleOf(const Quantity& quantity, const RecordView& record) {
  if (quantity.field == QLatin1String(kPersonKey)) {
    const QString name = record.fields.value(QStringLiteral("full_name")).toString().simplified().toLower();
    const qint64 born = record.fields.value(QStringLiteral("birth_year")).toLongLong();
    return {QStringLiteral("person:%1|%2").arg(name).arg(born)};
  }
  const QVariant value = record.fields.value(quantity.field);
  QStringList keys = value.typeId() == QMetaType::QStringList ? value.toStringList() : QStringList{};
  if (value.typeId() != QMetaType::QStringList && !value.toString().trimmed().isEmpty())
    keys.append(value.toString().trimmed());
  if (keys.isEmpty() && !quantity.fallbackField.isEmpty()) {
    // A name typed by hand stands for a person: case and spacing differences are the same person.
    const QString name = record.fields.value(quantity.fallbackField).toString().simplified().toLower();
    if (!name.isEmpty()) keys.append(QStringLiteral("name:") + name);
  }
  return keys;
}

// True when the record's id field names a known record that matches conditions.
bool namesMatching(const RecordView& record, const QString& field, const std::vector<FieldCondition>& conditions,
                   const RecordLookup& lookup) {
  const RecordView* target = lookup.value(record.fields.value(field).toString());
  return target && matchesAll(target->kind, target->fields, conditions);
}

bool refHolds(const RecordFilter& filter, const RecordView& record, const RecordLookup& lookup) {
  return filter.refField.isEmpty() || namesMatching(record, filter.refField, filter.refWhere, lookup);
}

bool endedBy(const RecordFilter& filter, const RecordView& record, const PeriodRange& period) {
  if (filter.endedBy.isEmpty()) return false;
  const QDate ended = record.fields.value(filter.endedBy).toDate();
  return ended.isValid() && ended <= period.end;
}

}  // namespace

bool isLater(const LatestEntry& a, const LatestEntry& b) {
  if (a.date != b.date) return a.date > b.date;  // an invalid (absent) date orders first
  if (a.hlc != b.hlc) return a.hlc > b.hlc;
  return a.recordId > b.recordId;
}

void KeyState::merge(const KeyState& other) {
  keepLater(&before, other.before);
  keepEarlier(&firstIn, other.firstIn);
  keepLater(&lastIn, other.lastIn);
  linkedIn = linkedIn || other.linkedIn;
}

const LatestEntry* KeyState::end() const {
  if (lastIn) return &*lastIn;
  return before ? &*before : nullptr;
}

const LatestEntry* KeyState::start() const {
  if (before) return &*before;
  return firstIn ? &*firstIn : nullptr;
}

void Tally::merge(const Tally& other) {
  records += other.records;
  count += other.count;
  sum += other.sum;
  other.people.forEach([this](const QString& key, qint64 personSum) { people[key] += personSum; });
  other.latest.forEach([this](const QString& key, const KeyState& state) { latest[key].merge(state); });
}

qint64 keyValue(const KeyState& state, const Quantity& quantity) {
  const LatestEntry* end = state.end();
  if (!end || !end->matches) return 0;
  if (!quantity.linkField.isEmpty() && !state.linkedIn) return 0;
  if (quantity.newly) {
    const LatestEntry* start = state.start();
    // Unchanged (the start is the latest itself) or already matching at the start: not new.
    if (!start || start->recordId == end->recordId) return 0;
    if (quantity.startWhere.empty() ? start->matches : !start->matchesStart) return 0;
  }
  return quantity.aggregate == Aggregate::Sum ? end->amount : 1;
}

qint64 personValue(qint64 personSum, const Quantity& quantity) {
  return quantity.perPersonSumField.isEmpty() || personSum >= quantity.perPersonMin ? 1 : 0;
}

qint64 tallyValue(const Tally& tally, const Quantity& quantity) {
  qint64 value = 0;
  if (!quantity.latestBy.isEmpty()) {
    tally.latest.forEach([&](const QString&, const KeyState& state) { value += keyValue(state, quantity); });
    return value;
  }
  switch (quantity.aggregate) {
    case Aggregate::Count:
      return tally.count;
    case Aggregate::Sum:
      return tally.sum;
    case Aggregate::Distinct:
      tally.people.forEach(
          [&](const QString&, qint64 personSum) { value += personValue(personSum, quantity); });
      return value;
  }
  return 0;
}

bool tallyReported(const Tally& tally, const Quantity&) { return tally.records > 0; }

void tallyRecord(const Quantity& quantity, const RecordView& record, const RecordLookup& lookup,
                 const PeriodRange& period, QHash<QString, Tally>* ownTallies) {
  const RecordFilter& filter = quantity.records;
  if (record.kind != filter.kind) return;
  PeriodRange placedIn = period;
  if (filter.until.isValid() && filter.until < placedIn.end) placedIn.end = filter.until;
  const Placement placement = placeRecord(record, filter.dateField, placedIn);
  // A record without the date that would place it (a member who has not left, for "left_on") is not in
  // any period; kinds that describe a standing state have no such date and always count.
  const bool placeable =
      !(filter.dateField.isEmpty() ? periodField(record.kind) : filter.dateField).isEmpty();
  if (placement == Placement::Undated && placeable && filter.dated != Dated::Any) return;
  if (placement == Placement::After && filter.dated != Dated::Any) return;
  if (placement == Placement::Before && filter.dated == Dated::InPeriod) return;
  if (endedBy(filter, record, period) || !refHolds(filter, record, lookup)) return;
  const bool matches = matchesAll(record.kind, record.fields, filter.where);
  const qint64 amount =
      quantity.aggregate == Aggregate::Sum ? record.fields.value(quantity.field).toLongLong() : 0;

  if (!quantity.latestBy.isEmpty()) {
    const QString key = quantity.latestBy == QLatin1String("$unit")
                            ? record.unitId
                            : record.fields.value(quantity.latestBy).toString();
    if (key.isEmpty()) return;
    const bool matchesStart =
        !quantity.startWhere.empty() && matchesAll(record.kind, record.fields, quantity.startWhere);
    const LatestEntry entry{sortDate(record, filter.dateField), record.hlc, record.recordId, matches,
                            matchesStart, amount};
    Tally& tally = (*ownTallies)[record.unitId];
    ++tally.records;
    KeyState& state = tally.latest[key];
    if (placement == Placement::Before) {
      keepLater(&state.before, entry);
    } else {
      keepEarlier(&state.firstIn, entry);
      keepLater(&state.lastIn, entry);
      // Every record inside the period is at or before the latest one, so any of them may hold the link.
      if (!quantity.linkField.isEmpty() && namesMatching(record, quantity.linkField, quantity.linkWhere, lookup))
        state.linkedIn = true;
    }
    return;
  }
  if (!matches) return;
  if (quantity.aggregate != Aggregate::Distinct) {
    Tally& tally = (*ownTallies)[record.unitId];
    ++tally.records;
    ++tally.count;
    tally.sum += amount;
    return;
  }
  const bool peopleAreRecords = referencedKind(record.kind, quantity.field) == RecordKind::Person;
  const qint64 perPerson =
      quantity.perPersonSumField.isEmpty() ? 1 : record.fields.value(quantity.perPersonSumField).toLongLong();
  for (const QString& key : peopleOf(quantity, record)) {
    const RecordView* person = peopleAreRecords ? lookup.value(key) : nullptr;
    if (!quantity.peopleWhere.empty() &&
        (!person || !matchesAll(person->kind, person->fields, quantity.peopleWhere)))
      continue;
    // People count where they belong (a branch leader trained at a provincial course counts for her
    // branch); someone without a Person record counts where the record was made.
    Tally& tally = (*ownTallies)[person ? person->unitId : record.unitId];
    ++tally.records;
    tally.people[key] += perPerson;
  }
}

}  // namespace sohoi::plan
