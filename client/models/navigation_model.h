#pragma once
// The entries of the side menu (tablet) and the drawer (phone): home, the six kinds a leader records every
// week, a "Khác / More" group that folds away the plan's other kinds, then the review inbox, sync and
// settings. Only kinds this device's unit can add or receives are listed; the entry of the page shown is
// selected, and the group opens by itself when that entry is inside it.
#include "kind_catalogue.h"
#include "record_manager.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

class NavigationModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  Q_PROPERTY(QString current READ current WRITE setCurrent NOTIFY currentChanged)
  Q_PROPERTY(bool moreExpanded READ moreExpanded WRITE setMoreExpanded NOTIFY moreExpandedChanged)
  Q_PROPERTY(int currentRow READ currentRow NOTIFY currentRowChanged)

 public:
  enum Role { NameRole = Qt::UserRole + 1, LabelRole, IsGroupRole, IndentedRole, SelectedRole, DividerAboveRole };
  Q_ENUM(Role)

  /// The name of the group entry; selecting it opens or folds the group instead of showing a page.
  static constexpr const char* kMoreGroup = "group:more";

  explicit NavigationModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  /// The page shown, by the names AppShell.showPage takes ("home", "list:activity", "sync", …).
  QString current() const { return current_; }
  void setCurrent(const QString& current);
  bool moreExpanded() const { return moreExpanded_; }
  void setMoreExpanded(bool expanded);

  /// The row of the current page's entry (the menu scrolls it into view), or -1.
  int currentRow() const;

  /// The entries' names in display order (what a user can reach from the menu now).
  Q_INVOKABLE QStringList names() const;

 signals:
  void managerChanged();
  void currentChanged();
  void moreExpandedChanged();
  void currentRowChanged();

 private:
  struct Entry {
    QString name;
    QString label;
    bool isGroup = false;
    bool indented = false;
    bool dividerAbove = false;
  };
  void rebuild();
  /// Whether name is a list page of a kind in the More group.
  bool inMoreGroup(const QString& name) const;

  QPointer<RecordManager> manager_;
  QString current_;
  bool moreExpanded_ = false;
  std::vector<Entry> entries_;
};

}  // namespace sohoi::app
