#include "navigation_model.h"

#include "choice_labels.h"

#include <QCoreApplication>

namespace sohoi::app {

namespace {

QString listName(RecordKind kind) { return QStringLiteral("list:") + recordKindName(kind); }

}  // namespace

NavigationModel::NavigationModel(QObject* parent) : QAbstractListModel(parent) { rebuild(); }

int NavigationModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QHash<int, QByteArray> NavigationModel::roleNames() const {
  return {{NameRole, "name"},         {LabelRole, "label"},       {IsGroupRole, "isGroup"},
          {IndentedRole, "indented"}, {SelectedRole, "selected"}, {DividerAboveRole, "dividerAbove"}};
}

QVariant NavigationModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const Entry& entry = entries_[static_cast<size_t>(index.row())];
  switch (role) {
    case NameRole: return entry.name;
    case LabelRole: return entry.label;
    case IsGroupRole: return entry.isGroup;
    case IndentedRole: return entry.indented;
    case SelectedRole: return entry.name == current_;
    case DividerAboveRole: return entry.dividerAbove;
    default: return {};
  }
}

void NavigationModel::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  if (manager_) disconnect(manager_, nullptr, this, nullptr);
  manager_ = manager;
  if (manager_) {
    // An enrolment or a sync may bring the unit (and so its level); a language change, the words.
    connect(manager_, &RecordManager::reloaded, this, &NavigationModel::rebuild);
    connect(manager_, &RecordManager::languageChanged, this, &NavigationModel::rebuild);
  }
  emit managerChanged();
  rebuild();
}

void NavigationModel::setCurrent(const QString& current) {
  if (current == current_) return;
  current_ = current;
  emit currentChanged();
  // A page of the folded group opened from elsewhere (home, a detail): open the group so its entry shows.
  if (inMoreGroup(current_) && !moreExpanded_)
    setMoreExpanded(true);
  else if (rowCount() > 0)
    emit dataChanged(index(0), index(rowCount() - 1), {SelectedRole});
  emit currentRowChanged();
}

void NavigationModel::setMoreExpanded(bool expanded) {
  if (expanded == moreExpanded_) return;
  moreExpanded_ = expanded;
  emit moreExpandedChanged();
  rebuild();
}

int NavigationModel::currentRow() const { return static_cast<int>(names().indexOf(current_)); }

QStringList NavigationModel::names() const {
  QStringList names;
  for (const Entry& entry : entries_) names.append(entry.name);
  return names;
}

bool NavigationModel::inMoreGroup(const QString& name) const {
  for (const OfferedKind& offered : offeredKinds())
    if (offered.group == KindGroup::More && listName(offered.kind) == name) return true;
  return false;
}

void NavigationModel::rebuild() {
  beginResetModel();
  entries_.clear();
  const UnitLevel level = manager_ && manager_->isOpen() ? manager_->unitLevel() : UnitLevel::Branch;
  entries_.push_back({QStringLiteral("home"), QCoreApplication::translate("Navigation", "Home"), false, false, false});
  std::vector<Entry> more;
  for (const OfferedKind& offered : offeredKinds()) {
    if (!listedAt(offered.kind, level)) continue;
    const bool daily = offered.group == KindGroup::Daily;
    (daily ? entries_ : more).push_back({listName(offered.kind), kindListLabel(offered.kind), false, !daily, false});
  }
  if (!more.empty()) {
    entries_.push_back({QString::fromLatin1(kMoreGroup), QCoreApplication::translate("Navigation", "More"),
                        true, false, true});
    if (moreExpanded_) entries_.insert(entries_.end(), more.begin(), more.end());
  }
  entries_.push_back({QStringLiteral("inbox"), QCoreApplication::translate("Navigation", "Returned by review"),
                      false, false, true});
  entries_.push_back({QStringLiteral("sync"), QCoreApplication::translate("Navigation", "Sync"), false, false, false});
  entries_.push_back(
      {QStringLiteral("settings"), QCoreApplication::translate("Navigation", "Settings"), false, false, false});
  endResetModel();
  emit currentRowChanged();
}

}  // namespace sohoi::app
