#pragma once
// One kind's live records for a list page, newest date first, filtered by a search that ignores case and
// Vietnamese diacritics. Reloads itself when the manager says something changed.
#include "record_manager.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

class RecordListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
  Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY kindChanged)
  Q_PROPERTY(bool canAdd READ canAdd NOTIFY kindChanged)
  Q_PROPERTY(QString addHint READ addHint NOTIFY kindChanged)
  Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
  // The people picker: the register (kind "person") and the members (hội viên) in one list, by name.
  Q_PROPERTY(bool withMembers READ withMembers WRITE setWithMembers NOTIFY kindChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

 public:
  enum Role {
    RecordIdRole = Qt::UserRole + 1, TitleRole, SubtitleRole, DateTextRole, SectionRole, PendingRole,
    RejectedRole, CriteriaMetRole, StatusTextRole, ReturnedRole
  };
  Q_ENUM(Role)

  explicit RecordListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  QString kind() const;
  void setKind(const QString& kind);
  QString kindLabel() const;
  /// Whether this device's unit may add a record of the kind (the shared unit-level rule).
  bool canAdd() const;
  /// Why it may not, when it may not (a commune sees its branches' households but adds none).
  QString addHint() const;
  QString searchText() const { return searchText_; }
  bool withMembers() const { return withMembers_; }
  void setWithMembers(bool withMembers);
  void setSearchText(const QString& text);
  int count() const { return static_cast<int>(rows_.size()); }
  int totalCount() const { return static_cast<int>(all_.size()); }

  /// The record id at row, or empty.
  Q_INVOKABLE QString recordIdAt(int row) const;

 signals:
  void managerChanged();
  void kindChanged();
  void searchTextChanged();
  void countChanged();

 private:
  void reload();
  void onRecordSaved(const QString& recordId, const QString& kind);
  void refilter();

  QPointer<RecordManager> manager_;
  std::optional<RecordKind> kind_;
  QString searchText_;
  bool withMembers_ = false;
  std::vector<RecordSummary> all_;
  std::vector<int> rows_;  // indexes into all_ that match the search
};

}  // namespace sohoi::app
