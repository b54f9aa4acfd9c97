#include "review_queue_model.h"

#include "choice_labels.h"
#include "relative_time.h"
#include "text_folding.h"
#include "unit_choices.h"

#include "auth/record_permissions.h"

#include <QDateTime>
#include <algorithm>

namespace sohoi::app {

namespace {

struct StatusName {
  ReviewStatus status;
  const char* name;
};
constexpr StatusName kStatusNames[] = {{ReviewStatus::Awaiting, "awaiting"},
                                       {ReviewStatus::FixedAfterReturn, "fixed"},
                                       {ReviewStatus::Conflict, "conflict"},
                                       {ReviewStatus::Returned, "returned"},
                                       {ReviewStatus::Approved, "approved"}};

QString statusName(ReviewStatus status) {
  for (const StatusName& entry : kStatusNames)
    if (entry.status == status) return QLatin1String(entry.name);
  return {};
}

bool reviewable(RecordKind kind) { return !isDecisionKind(kind); }

/// "Awaiting the commune's review" and the like, where the plan sets review levels.
QString waitingLabel(UnitLevel level) {
  switch (level) {
    case UnitLevel::Province: return ReviewQueueModel::tr("Awaiting the province's review");
    case UnitLevel::District: return ReviewQueueModel::tr("Awaiting the district's review");
    case UnitLevel::Commune: return ReviewQueueModel::tr("Awaiting the commune's review");
    case UnitLevel::Branch: break;
  }
  return reviewStatusLabel(ReviewStatus::Awaiting);
}

}  // namespace

ReviewChain ReviewQueueModel::readChain() const {
  ReviewChain chain;
  chain.viewer = manager_->unitLevel();
  chain.levels = reviewLevelsOf(manager_->store());
  return chain;
}

ReviewQueueModel::ReviewQueueModel(QObject* parent) : QAbstractListModel(parent) {}

void ReviewQueueModel::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  if (manager_) disconnect(manager_, nullptr, this, nullptr);
  manager_ = manager;
  if (manager_) {
    connect(manager_, &RecordManager::reloaded, this, &ReviewQueueModel::reload);
    connect(manager_, &RecordManager::recordSaved, this, &ReviewQueueModel::onRecordSaved);
    connect(manager_, &RecordManager::languageChanged, this, &ReviewQueueModel::reload);
  }
  reload();
  emit managerChanged();
}

ReviewQueueModel::Item ReviewQueueModel::itemFor(const client::StoredRecord& record) const {
  static const std::vector<ReviewState> kNoTrail;
  const RecordSummary summary = summarize(record, manager_->context());
  const auto trail = trails_.constFind(record.head.recordId);
  const std::vector<ReviewState>& decisions = trail == trails_.cend() ? kNoTrail : *trail;
  const ReviewStatus status = reviewStatusOf(decisions, record.head.versionId, record.conflict, chain_.levels);
  Item item{record.head.recordId, record.head.kind, summary.title, summary.subtitle, summary.date,
            hlcMillis(record.head.hlc), record.head.unitId,
            communeOf(manager_->store().orgTree(), record.head.unitId), status,
            awaitsViewer(decisions, record.head.versionId, status, chain_),
            waitingLevel(decisions, record.head.versionId, status, chain_.levels), {}, {}};
  if (!decisions.empty() && decisions.back().outcome == ReviewOutcome::Returned) item.comment = decisions.back().comment;
  item.searchKey = summary.searchKey + QLatin1Char(' ') +
                   foldForSearch(unitName(item.unitId) + QLatin1Char(' ') + unitName(item.communeId));
  return item;
}

void ReviewQueueModel::reload() {
  std::vector<Item> items;
  trails_.clear();
  if (manager_ && manager_->isOpen()) {
    trails_ = reviewTrails(manager_->store());
    chain_ = readChain();
    for (RecordKind kind : allRecordKinds()) {
      if (!reviewable(kind)) continue;
      for (const client::StoredRecord& record : manager_->store().currentRecords(kind))
        if (!record.deleted) items.push_back(itemFor(record));
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.madeAtMs > b.madeAtMs; });
  }
  items_ = std::move(items);
  rowsChanged();
}

void ReviewQueueModel::onRecordSaved(const QString& recordId, const QString& kindName) {
  if (!manager_ || !manager_->isOpen()) return;
  const client::LocalStore& store = manager_->store();
  QString changedId = recordId;
  if (kindName == recordKindName(RecordKind::ReviewDecision)) {
    const std::optional<client::StoredRecord> decision = store.record(recordId);
    if (!decision) return;
    changedId = reviewedRecordOf(*decision);
    std::vector<ReviewState>& trail = trails_[changedId];
    std::erase_if(trail, [&](const ReviewState& known) { return known.decisionId == recordId; });
    trail.push_back(reviewStateOf(*decision));  // made now: the newest of its trail
  } else if (const std::optional<RecordKind> kind = recordKindFromName(kindName); !kind || !reviewable(*kind)) {
    return;
  }
  const auto at = std::find_if(items_.begin(), items_.end(), [&](const Item& item) { return item.recordId == changedId; });
  if (at != items_.end()) items_.erase(at);
  const std::optional<client::StoredRecord> record = store.record(changedId);
  if (record && !record->deleted) {
    Item item = itemFor(*record);
    const auto place = std::find_if(items_.begin(), items_.end(),
                                    [&](const Item& other) { return other.madeAtMs < item.madeAtMs; });
    items_.insert(place, std::move(item));
  }
  rowsChanged();
}

void ReviewQueueModel::rowsChanged() {
  // A decided or vanished record leaves the selection; the rest stays chosen.
  QSet<QString> still;
  for (const Item& item : items_)
    if (selected_.contains(item.recordId) && item.awaitsMe) still.insert(item.recordId);
  const bool selectionMoved = still != selected_;
  selected_ = std::move(still);
  refilter();
  emit unitsChanged();
  if (selectionMoved) emit selectionChanged();
}

bool ReviewQueueModel::passes(const Item& item, const QStringList& terms) const {
  if (status_ == QLatin1String("todo")) {
    if (!item.awaitsMe) return false;
  } else if (status_ != QLatin1String("all") && statusName(item.status) != status_) {
    return false;
  }
  if (!communeId_.isEmpty() && item.communeId != communeId_) return false;
  if (!branchId_.isEmpty() && item.unitId != branchId_) return false;
  if (!kind_.isEmpty() && recordKindName(item.kind) != kind_) return false;
  if (dateFrom_.isValid() && (!item.date.isValid() || item.date < dateFrom_)) return false;
  if (dateTo_.isValid() && (!item.date.isValid() || item.date > dateTo_)) return false;
  return matchesTerms(item.searchKey, terms);
}

void ReviewQueueModel::refilter() {
  beginResetModel();
  shown_.clear();
  const QStringList terms = searchTerms(search_);
  for (int i = 0; i < static_cast<int>(items_.size()); ++i)
    if (passes(items_[static_cast<size_t>(i)], terms)) shown_.push_back(i);
  endResetModel();
  emit countChanged();
}

template <typename T>
void ReviewQueueModel::setFilter(T& member, const T& value) {
  if (member == value) return;
  member = value;
  refilter();
  emit filterChanged();
}

void ReviewQueueModel::setStatus(const QString& status) { setFilter(status_, status); }
void ReviewQueueModel::setCommuneId(const QString& id) {
  if (id != communeId_) branchId_.clear();  // a branch of another commune would show nothing
  setFilter(communeId_, id);
  emit unitsChanged();
}
void ReviewQueueModel::setBranchId(const QString& id) { setFilter(branchId_, id); }
void ReviewQueueModel::setKind(const QString& kind) { setFilter(kind_, kind); }
void ReviewQueueModel::setDateFrom(const QDate& date) { setFilter(dateFrom_, date); }
void ReviewQueueModel::setDateTo(const QDate& date) { setFilter(dateTo_, date); }
void ReviewQueueModel::setSearch(const QString& text) { setFilter(search_, text); }

void ReviewQueueModel::showUnit(const QString& unitId) {
  if (!manager_ || !manager_->isOpen()) return;
  const OrgTree& tree = manager_->store().orgTree();
  const OrgUnit* unit = tree.find(unitId);
  if (!unit) return;
  clearFilters();
  status_ = QStringLiteral("all");
  communeId_ = communeOf(tree, unitId);
  if (unit->level == UnitLevel::Branch) branchId_ = unitId;
  refilter();
  emit filterChanged();
  emit unitsChanged();
}

void ReviewQueueModel::clearFilters() {
  communeId_.clear();
  branchId_.clear();
  kind_.clear();
  dateFrom_ = dateTo_ = QDate();
  search_.clear();
  refilter();
  emit filterChanged();
  emit unitsChanged();
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(shown_.size());
}

QString ReviewQueueModel::unitName(const QString& unitId) const {
  if (!manager_ || !manager_->isOpen() || unitId.isEmpty()) return {};
  const OrgUnit* unit = manager_->store().orgTree().find(unitId);
  return unit ? unit->name : unitId;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= static_cast<int>(shown_.size())) return {};
  const Item& item = items_[static_cast<size_t>(shown_[static_cast<size_t>(index.row())])];
  switch (role) {
    case RecordIdRole: return item.recordId;
    case KindRole: return recordKindName(item.kind);
    case KindLabelRole: return kindLabel(item.kind);
    case Qt::DisplayRole:
    case TitleRole: return item.title;
    case SubtitleRole: return item.subtitle;
    case DateTextRole: return item.date.isValid() ? item.date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    case UnitNameRole: return unitName(item.unitId);
    case CommuneNameRole: return unitName(item.communeId);
    case StatusRole: return statusName(item.status);
    case StatusLabelRole:
      return item.waitingFor ? waitingLabel(*item.waitingFor) : reviewStatusLabel(item.status);
    case CommentRole: return item.comment;
    case MadeAtTextRole: return relativeTimeText(item.madeAtMs, QDateTime::currentMSecsSinceEpoch());
    case MadeAtRole: return QDateTime::fromMSecsSinceEpoch(item.madeAtMs);
    case SelectedRole: return selected_.contains(item.recordId);
  }
  return {};
}

QHash<int, QByteArray> ReviewQueueModel::roleNames() const {
  return {{RecordIdRole, "recordId"},     {KindRole, "kind"},           {KindLabelRole, "kindLabel"},
          {TitleRole, "title"},           {SubtitleRole, "subtitle"},   {DateTextRole, "dateText"},
          {UnitNameRole, "unitName"},     {CommuneNameRole, "communeName"}, {StatusRole, "status"},
          {StatusLabelRole, "statusLabel"}, {CommentRole, "comment"},   {MadeAtTextRole, "madeAtText"},
          {MadeAtRole, "madeAt"},
          {SelectedRole, "selected"}};
}

QString ReviewQueueModel::recordIdAt(int row) const {
  if (row < 0 || row >= static_cast<int>(shown_.size())) return {};
  return items_[static_cast<size_t>(shown_[static_cast<size_t>(row)])].recordId;
}

void ReviewQueueModel::toggleSelected(int row) {
  const QString id = recordIdAt(row);
  if (id.isEmpty()) return;
  if (!selected_.remove(id)) selected_.insert(id);
  emit dataChanged(index(row), index(row), {SelectedRole});
  emit selectionChanged();
}

void ReviewQueueModel::selectAllShown() {
  for (int i : shown_) selected_.insert(items_[static_cast<size_t>(i)].recordId);
  if (!shown_.empty()) emit dataChanged(index(0), index(count() - 1), {SelectedRole});
  emit selectionChanged();
}

void ReviewQueueModel::clearSelection() {
  selected_.clear();
  if (!shown_.empty()) emit dataChanged(index(0), index(count() - 1), {SelectedRole});
  emit selectionChanged();
}

QStringList ReviewQueueModel::selectedIds() const {
  QStringList ids;
  for (int i : shown_)  // in the order shown; a selected row filtered away is not acted on unseen
    if (selected_.contains(items_[static_cast<size_t>(i)].recordId)) ids.append(items_[static_cast<size_t>(i)].recordId);
  return ids;
}

QVariantList ReviewQueueModel::communes() const {
  if (!manager_ || !manager_->isOpen()) return {};
  const client::LocalStore& store = manager_->store();
  return unitsAt(store.orgTree(), store.account().unitId, UnitLevel::Commune);
}

QVariantList ReviewQueueModel::branches() const {
  if (!manager_ || !manager_->isOpen() || communeId_.isEmpty()) return {};
  return unitsAt(manager_->store().orgTree(), communeId_, UnitLevel::Branch);
}

QVariantList ReviewQueueModel::kinds() const {
  QVariantList list;
  for (RecordKind kind : allRecordKinds())
    if (reviewable(kind))
      list.append(QVariantMap{{QStringLiteral("name"), recordKindName(kind)}, {QStringLiteral("label"), kindLabel(kind)}});
  return list;
}

QVariantList ReviewQueueModel::statuses() const {
  QVariantList list{QVariantMap{{QStringLiteral("name"), QStringLiteral("todo")},
                                {QStringLiteral("label"), tr("To review")}}};
  for (const StatusName& entry : kStatusNames)
    list.append(QVariantMap{{QStringLiteral("name"), QLatin1String(entry.name)},
                            {QStringLiteral("label"), reviewStatusLabel(entry.status)}});
  list.append(QVariantMap{{QStringLiteral("name"), QStringLiteral("all")}, {QStringLiteral("label"), tr("All")}});
  return list;
}

}  // namespace sohoi::app
