#include "record_manager.h"

#include "household_criteria.h"
#include "kind_catalogue.h"
#include "review_state.h"

#include <QDateTime>
#include <algorithm>

namespace sohoi::app {

namespace {

// The list order: newest date first; undated kinds (households, people) by name.
bool listsBefore(const RecordSummary& a, const RecordSummary& b) {
  if (a.date != b.date) return a.date > b.date;
  if (!a.date.isValid()) return a.title.localeAwareCompare(b.title) < 0;
  return a.hlc > b.hlc;
}

}  // namespace

RecordManager::RecordManager(QObject* parent) : QObject(parent) {}
RecordManager::~RecordManager() = default;

client::Status RecordManager::open(const QString& path) {
  close();
  client::Status status;
  store_ = client::LocalStore::open(path, &status);
  invalidate();
  emit reloaded();
  return status;
}

void RecordManager::close() {
  if (!store_) return;
  store_.reset();
  invalidate();
  emit reloaded();
}

QString RecordManager::path() const { return store_ ? store_->path() : QString(); }

client::Account RecordManager::account() const { return store_ ? store_->account() : client::Account{}; }

QString RecordManager::unitName() const {
  if (!store_) return {};
  const QString unitId = store_->account().unitId;
  const OrgUnit* unit = store_->orgTree().find(unitId);
  return unit ? unit->name : unitId;
}

UnitLevel RecordManager::unitLevel() const {
  const OrgUnit* unit = store_ ? store_->orgTree().find(store_->account().unitId) : nullptr;
  return unit ? unit->level : UnitLevel::Branch;
}

Role RecordManager::role() const { return effectiveRole(store_ ? store_->account().role : QString(), unitLevel()); }

client::Status RecordManager::create(RecordKind kind, const QVariantMap& fields, QString* recordId,
                                     const client::LocalStore::SaveContext& context) {
  return createRecord(kind, QString(), fields, recordId, context);
}

client::Status RecordManager::createIn(RecordKind kind, const QString& unitId, const QVariantMap& fields,
                                       QString* recordId) {
  return createRecord(kind, unitId, fields, recordId, {});
}

client::Status RecordManager::createRecord(RecordKind kind, const QString& unitId, const QVariantMap& fields,
                                           QString* recordId, const client::LocalStore::SaveContext& context) {
  RecordVersion saved;
  client::Status status = store_->createRecord(kind, unitId, fields, &saved, context);
  if (!status.isOk()) return status;
  if (recordId) *recordId = saved.recordId;
  refreshOne(saved.recordId, kind);
  emit recordSaved(saved.recordId, recordKindName(kind));
  return status;
}

client::Status RecordManager::edit(const QString& recordId, const QVariantMap& fields,
                                   const client::LocalStore::SaveContext& context) {
  RecordVersion saved;
  client::Status status = store_->editRecord(recordId, fields, &saved, context);
  if (!status.isOk()) return status;
  refreshOne(recordId, saved.kind);
  emit recordSaved(recordId, recordKindName(saved.kind));
  return status;
}

client::Status RecordManager::remove(const QString& recordId) {
  RecordVersion saved;
  client::Status status = store_->deleteRecord(recordId, &saved);
  if (!status.isOk()) return status;
  refreshOne(recordId, saved.kind);
  emit recordSaved(recordId, recordKindName(saved.kind));
  return status;
}

const SummaryContext& RecordManager::context() {
  if (context_) return *context_;
  SummaryContext context;
  if (store_) {
    for (const client::StoredRecord& household : store_->currentRecords(RecordKind::Household))
      context.householdNames.insert(household.head.recordId, household.head.fields.value("head_name").toString());
    // A household's status is its latest assessment: the visit with the latest date, then the latest edit.
    QHash<QString, std::pair<QDate, HlcStamp>> latest;
    for (const client::StoredRecord& visit : store_->currentRecords(RecordKind::HouseholdVisit)) {
      const QString household = visit.head.fields.value("household_id").toString();
      const std::pair<QDate, HlcStamp> when{visit.head.fields.value("date").toDate(), visit.head.hlc};
      auto it = latest.find(household);
      if (it != latest.end() && it.value() >= when) continue;
      latest.insert(household, when);
      context.latestCriteria.insert(household, criteriaMet(visit.head.fields));
    }
    // Decisions read once: the trails for "approved", their latest for "returned".
    context.reviewTrails = reviewTrails(*store_);
    for (auto it = context.reviewTrails.cbegin(); it != context.reviewTrails.cend(); ++it)
      if (const ReviewState* latest = latestOf(it.value()); latest->outcome == ReviewOutcome::Returned)
        context.returnedVersions.insert(it.key(), latest->reviewedVersionId);
    context.reviewLevels = reviewLevelsOf(*store_);
  }
  context_ = std::move(context);
  return *context_;
}

const std::vector<RecordSummary>& RecordManager::summaries(RecordKind kind) {
  auto it = cache_.find(kind);
  if (it != cache_.end()) return it->second;
  std::vector<RecordSummary> list;
  if (store_) {
    const std::vector<client::StoredRecord> records = store_->currentRecords(kind);
    const SummaryContext& ctx = context();
    list.reserve(records.size());
    for (const client::StoredRecord& record : records) list.push_back(summarize(record, ctx));
    // Newest first by the record's own date; undated kinds (households, people) by name.
    std::stable_sort(list.begin(), list.end(), listsBefore);
  }
  return cache_.emplace(kind, std::move(list)).first->second;
}

std::optional<RecordSummary> RecordManager::summary(const QString& recordId) {
  if (!store_) return std::nullopt;
  const std::optional<client::StoredRecord> record = store_->record(recordId);
  if (!record || record->deleted) return std::nullopt;
  return summarize(*record, context());
}

client::OutboxCounts RecordManager::outboxCounts() {
  if (!store_) return {};
  if (!counts_) counts_ = store_->counts();
  return *counts_;
}

int RecordManager::returnedCount() {
  if (!store_) return 0;
  int count = 0;
  const QHash<QString, QString>& returned = context().returnedVersions;
  for (auto it = returned.cbegin(); it != returned.cend(); ++it) {
    const std::optional<client::StoredRecord> record = store_->record(it.key());
    if (record && !record->deleted && record->head.versionId == it.value()) ++count;
  }
  return count;
}

int RecordManager::countMadeSince(qint64 sinceMs) const {
  return store_ ? store_->countRecordsSince(makeHlc(sinceMs, 0)) : 0;
}

void RecordManager::refreshOne(const QString& recordId, RecordKind kind) {
  counts_.reset();
  // Households and visits depend on each other (a visit names its household; a household shows its latest
  // visit): rebuild both. Anything else is patched in place, so a save stays cheap with 10,000 records.
  if (kind == RecordKind::Household || kind == RecordKind::HouseholdVisit) {
    context_.reset();
    cache_.erase(RecordKind::Household);
    cache_.erase(RecordKind::HouseholdVisit);
    return;
  }
  // A decision made here (the workspace) returns or clears some other record: every list may change.
  if (kind == RecordKind::ReviewDecision) {
    invalidate();
    return;
  }
  auto it = cache_.find(kind);
  if (it == cache_.end()) return;
  std::vector<RecordSummary>& list = it->second;
  list.erase(std::remove_if(list.begin(), list.end(), [&](const RecordSummary& s) { return s.recordId == recordId; }),
             list.end());
  const std::optional<client::StoredRecord> record = store_->record(recordId);
  if (!record || record->deleted) return;
  RecordSummary summary = summarize(*record, context());
  list.insert(std::upper_bound(list.begin(), list.end(), summary, listsBefore), std::move(summary));
}

void RecordManager::invalidate() {
  counts_.reset();
  cache_.clear();
  context_.reset();
}

void RecordManager::reload() {
  // Another connection (the sync thread, an enrolment) may have written the account and the org tree,
  // which LocalStore reads once when it opens: open it again to see them.
  if (store_) {
    const QString path = store_->path();
    store_.reset();
    client::Status status;
    store_ = client::LocalStore::open(path, &status);
  }
  invalidate();
  emit reloaded();
}

void RecordManager::notifyLanguageChanged() {
  invalidate();  // subtitles carry translated words
  emit languageChanged();
}

}  // namespace sohoi::app
