#include "record_list_model.h"

#include "choice_labels.h"
#include "form_values.h"
#include "kind_catalogue.h"
#include "text_folding.h"

#include <QCoreApplication>

namespace sohoi::app {

RecordListModel::RecordListModel(QObject* parent) : QAbstractListModel(parent) {}

int RecordListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QHash<int, QByteArray> RecordListModel::roleNames() const {
  return {{RecordIdRole, "recordId"}, {TitleRole, "title"},         {SubtitleRole, "subtitle"},
          {DateTextRole, "dateText"}, {SectionRole, "section"},     {PendingRole, "pending"},
          {RejectedRole, "rejected"}, {CriteriaMetRole, "criteriaMet"}, {StatusTextRole, "statusText"},
          {ReturnedRole, "returned"}};
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= count()) return {};
  const RecordSummary& s = all_[static_cast<size_t>(rows_[static_cast<size_t>(index.row())])];
  switch (role) {
    case RecordIdRole: return s.recordId;
    case TitleRole: return s.title;
    case SubtitleRole: return s.subtitle;
    case DateTextRole: return formatDate(s.date);
    case SectionRole:
      // Dated kinds are grouped by month, the way a paper logbook is kept.
      return s.date.isValid() ? QCoreApplication::translate("RecordList", "Month %1/%2").arg(s.date.month()).arg(s.date.year())
                              : QString();
    case PendingRole: return s.pending > 0;
    case RejectedRole: return s.rejected;
    case CriteriaMetRole: return s.criteriaMet;
    case ReturnedRole: return s.returned;
    case StatusTextRole:
      // A refusal first (its version never arrived), then a return (it arrived, and must be fixed).
      if (s.rejected) return QCoreApplication::translate("RecordList", "Rejected");
      if (s.returned) return QCoreApplication::translate("RecordList", "Returned");
      if (s.pending > 0) return QCoreApplication::translate("RecordList", "Pending");
      if (s.approved) return QCoreApplication::translate("RecordList", "Approved");
      return QCoreApplication::translate("RecordList", "Sent");
    default: return {};
  }
}

void RecordListModel::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  if (manager_) disconnect(manager_, nullptr, this, nullptr);
  manager_ = manager;
  if (manager_) {
    connect(manager_, &RecordManager::recordSaved, this, &RecordListModel::onRecordSaved);
    connect(manager_, &RecordManager::reloaded, this, [this] {
      reload();
      emit kindChanged();  // the unit, and so what it may add, may have changed
    });
    connect(manager_, &RecordManager::languageChanged, this, [this] {
      reload();
      emit kindChanged();  // the heading
    });
  }
  emit managerChanged();
  reload();
}

QString RecordListModel::kind() const { return kind_ ? recordKindName(*kind_) : QString(); }

void RecordListModel::setKind(const QString& kind) {
  if (kind == this->kind()) return;
  kind_ = recordKindFromName(kind);
  emit kindChanged();
  reload();
}

QString RecordListModel::kindLabel() const { return kind_ ? kindListLabel(*kind_) : QString(); }

bool RecordListModel::canAdd() const {
  return kind_ && manager_ && manager_->isOpen() && creatableAt(*kind_, manager_->unitLevel(), manager_->role());
}

QString RecordListModel::addHint() const {
  return kind_ && manager_ && manager_->isOpen() ? whyNotCreatable(*kind_, manager_->unitLevel(), manager_->role()) : QString();
}

void RecordListModel::setSearchText(const QString& text) {
  if (text == searchText_) return;
  searchText_ = text;
  emit searchTextChanged();
  refilter();
}

QString RecordListModel::recordIdAt(int row) const {
  return row >= 0 && row < count() ? all_[static_cast<size_t>(rows_[static_cast<size_t>(row)])].recordId : QString();
}

void RecordListModel::onRecordSaved(const QString& recordId, const QString& kind) {
  // Households and visits show each other's figures; for anything else only the saved row changes, so it
  // is patched in place rather than copying the whole list again (10,000 records: a save stays cheap).
  const bool member = withMembers_ && kind == QLatin1String("member");
  if (kind != this->kind() && !member && !(kind_ == RecordKind::Household && kind == QLatin1String("household_visit")))
    return;
  if (!manager_ || !manager_->isOpen() || member || withMembers_ || *kind_ == RecordKind::Household ||
      *kind_ == RecordKind::HouseholdVisit) {
    reload();
    return;
  }
  all_.erase(std::remove_if(all_.begin(), all_.end(), [&](const RecordSummary& s) { return s.recordId == recordId; }),
             all_.end());
  if (const std::optional<RecordSummary> summary = manager_->summary(recordId)) {
    const std::vector<RecordSummary>& ordered = manager_->summaries(*kind_);
    // The manager's list has the record at its place in the order: put it at the same place here.
    const auto at = std::find_if(ordered.begin(), ordered.end(), [&](const RecordSummary& s) { return s.recordId == recordId; });
    const size_t position = std::min(all_.size(), static_cast<size_t>(at - ordered.begin()));
    all_.insert(all_.begin() + static_cast<std::ptrdiff_t>(position), *summary);
  }
  refilter();
}

void RecordListModel::setWithMembers(bool withMembers) {
  if (withMembers == withMembers_) return;
  withMembers_ = withMembers;
  emit kindChanged();
  reload();
}

void RecordListModel::reload() {
  all_.clear();
  if (manager_ && manager_->isOpen() && kind_) all_ = manager_->summaries(*kind_);
  if (withMembers_ && manager_ && manager_->isOpen() && kind_ == RecordKind::Person) {
    // Members are people too: a training's trainees are often hội viên not in the register.
    for (RecordSummary member : manager_->summaries(RecordKind::Member)) {
      const QString memberWord = app::kindLabel(RecordKind::Member);
      member.subtitle = member.subtitle.isEmpty() ? memberWord : memberWord + QStringLiteral(" · ") + member.subtitle;
      all_.push_back(std::move(member));
    }
    std::stable_sort(all_.begin(), all_.end(),
                     [](const RecordSummary& a, const RecordSummary& b) { return a.searchKey < b.searchKey; });
  }
  refilter();
}

void RecordListModel::refilter() {
  beginResetModel();
  rows_.clear();
  const QStringList terms = searchTerms(searchText_);
  rows_.reserve(all_.size());
  for (size_t i = 0; i < all_.size(); ++i)
    if (matchesTerms(all_[i].searchKey, terms)) rows_.push_back(static_cast<int>(i));
  endResetModel();
  emit countChanged();
}

}  // namespace sohoi::app
