#include "review_inbox_model.h"

#include "choice_labels.h"
#include "review_state.h"

namespace sohoi::app {

ReviewInboxModel::ReviewInboxModel(QObject* parent) : QAbstractListModel(parent) {}

int ReviewInboxModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QHash<int, QByteArray> ReviewInboxModel::roleNames() const {
  return {{RecordIdRole, "recordId"}, {KindRole, "kind"}, {KindLabelRole, "kindLabel"},
          {TitleRole, "title"},       {CommentRole, "comment"}};
}

QVariant ReviewInboxModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= count()) return {};
  const Item& item = items_[static_cast<size_t>(index.row())];
  switch (role) {
    case RecordIdRole: return item.recordId;
    case KindRole: return recordKindName(item.kind);
    case KindLabelRole: return kindLabel(item.kind);
    case TitleRole: return item.title;
    case CommentRole: return item.comment;
    default: return {};
  }
}

void ReviewInboxModel::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  if (manager_) disconnect(manager_, nullptr, this, nullptr);
  manager_ = manager;
  if (manager_) {
    connect(manager_, &RecordManager::recordSaved, this, &ReviewInboxModel::reload);
    connect(manager_, &RecordManager::reloaded, this, &ReviewInboxModel::reload);
    connect(manager_, &RecordManager::languageChanged, this, &ReviewInboxModel::reload);
  }
  emit managerChanged();
  reload();
}

void ReviewInboxModel::reload() {
  beginResetModel();
  items_.clear();
  if (manager_ && manager_->isOpen()) {
    const QHash<QString, ReviewState> reviews = latestReviews(manager_->store());
    for (auto it = reviews.cbegin(); it != reviews.cend(); ++it) {
      const std::optional<client::StoredRecord> record = manager_->store().record(it.key());
      if (!record || record->deleted || !awaitsFix(it.value(), record->head.versionId)) continue;
      const std::optional<RecordSummary> summary = manager_->summary(it.key());
      items_.push_back({it.key(), record->head.kind, summary ? summary->title : QString(), it.value().comment});
    }
    std::sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return a.title < b.title; });
  }
  endResetModel();
  emit countChanged();
}

}  // namespace sohoi::app
