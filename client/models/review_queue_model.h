#pragma once
// Hàng chờ duyệt (the review queue): the records of the workspace's subtree with where each stands in
// review, newest first, filtered by commune unit, branch, kind, date range, status and diacritic-free
// text, with a selection for approving many at once. Built from the local store, so it works offline;
// the rows are read once per change and filtering runs over them in memory.
#include "record_manager.h"
#include "review_state.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QSet>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

class ReviewQueueModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  // "todo" (awaiting, fixed after return, conflicts: the default), "awaiting", "approved", "returned",
  // "fixed", "conflict" or "all".
  Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
  Q_PROPERTY(QString communeId READ communeId WRITE setCommuneId NOTIFY filterChanged)
  Q_PROPERTY(QString branchId READ branchId WRITE setBranchId NOTIFY filterChanged)
  Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)  // a kind name, or empty for all
  Q_PROPERTY(QDate dateFrom READ dateFrom WRITE setDateFrom NOTIFY filterChanged)
  Q_PROPERTY(QDate dateTo READ dateTo WRITE setDateTo NOTIFY filterChanged)
  Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)  // before the filters
  Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
  Q_PROPERTY(QStringList selectedIds READ selectedIds NOTIFY selectionChanged)
  Q_PROPERTY(QVariantList communes READ communes NOTIFY unitsChanged)  // [{id, name}] in the scope
  Q_PROPERTY(QVariantList branches READ branches NOTIFY unitsChanged)  // of the chosen commune, or all
  Q_PROPERTY(QVariantList kinds READ kinds NOTIFY unitsChanged)        // [{name, label}] reviewable kinds
  Q_PROPERTY(QVariantList statuses READ statuses NOTIFY unitsChanged)  // [{name, label}]

 public:
  enum Role {
    RecordIdRole = Qt::UserRole + 1,
    KindRole,
    KindLabelRole,
    TitleRole,
    SubtitleRole,
    DateTextRole,
    UnitNameRole,     // the branch (or the unit the record belongs to)
    CommuneNameRole,
    StatusRole,       // a status name, as the status filter takes them
    StatusLabelRole,  // with the level it waits for, where the plan sets review levels
    CommentRole,      // the latest return's comment
    MadeAtTextRole,   // when its current version was made, in words ("2 days ago")
    MadeAtRole,       // the same, as a date and time
    SelectedRole,
  };
  Q_ENUM(Role)

  explicit ReviewQueueModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  QString status() const { return status_; }
  void setStatus(const QString& status);
  QString communeId() const { return communeId_; }
  void setCommuneId(const QString& id);
  QString branchId() const { return branchId_; }
  void setBranchId(const QString& id);
  QString kind() const { return kind_; }
  void setKind(const QString& kind);
  QDate dateFrom() const { return dateFrom_; }
  void setDateFrom(const QDate& date);
  QDate dateTo() const { return dateTo_; }
  void setDateTo(const QDate& date);
  QString search() const { return search_; }
  void setSearch(const QString& text);
  int count() const { return static_cast<int>(shown_.size()); }
  int totalCount() const { return static_cast<int>(items_.size()); }
  int selectedCount() const { return static_cast<int>(selected_.size()); }
  QStringList selectedIds() const;
  QVariantList communes() const;
  QVariantList branches() const;
  QVariantList kinds() const;
  QVariantList statuses() const;

  /// The record id shown at row, or empty.
  Q_INVOKABLE QString recordIdAt(int row) const;
  Q_INVOKABLE void toggleSelected(int row);
  /// Selects every row the filters show.
  Q_INVOKABLE void selectAllShown();
  Q_INVOKABLE void clearSelection();
  /// Narrows to one unit: a branch (with its commune unit) or a commune unit; everything there, decided or not.
  Q_INVOKABLE void showUnit(const QString& unitId);
  /// Clears every filter but the status.
  Q_INVOKABLE void clearFilters();
  /// Re-reads the store (after a decision or a sync the manager's signals do it by themselves).
  Q_INVOKABLE void reload();

 signals:
  void managerChanged();
  void filterChanged();
  void countChanged();
  void selectionChanged();
  void unitsChanged();

 private:
  struct Item {
    QString recordId;
    RecordKind kind;
    QString title;
    QString subtitle;
    QDate date;
    qint64 madeAtMs = 0;
    QString unitId;
    QString communeId;
    ReviewStatus status = ReviewStatus::Awaiting;
    bool awaitsMe = false;            // the viewer's turn to decide (the "to review" list)
    std::optional<UnitLevel> waitingFor;  // the level whose decision it waits for
    QString comment;
    QString searchKey;  // folded title, subtitle, unit and commune names
  };
  /// The plan's review levels (none before a pull brought a plan) and this account's level.
  ReviewChain readChain() const;
  /// The row of a stored record, from its decisions (trails_) and the chain.
  Item itemFor(const client::StoredRecord& record) const;
  /// A save on this computer changes one record (or the one a decision is about): that row alone is
  /// read again, so approving many does not re-read the whole subtree once per record.
  void onRecordSaved(const QString& recordId, const QString& kindName);
  /// Drops from the selection what no longer waits for this reviewer; then filters again.
  void rowsChanged();
  void refilter();
  bool passes(const Item& item, const QStringList& terms) const;
  QString unitName(const QString& unitId) const;
  template <typename T>
  void setFilter(T& member, const T& value);

  QPointer<RecordManager> manager_;
  std::vector<Item> items_;      // newest first
  QHash<QString, std::vector<ReviewState>> trails_;  // decisions by reviewed record, oldest first
  ReviewChain chain_;
  std::vector<int> shown_;       // indexes into items_
  QSet<QString> selected_;
  QString status_ = QStringLiteral("todo");
  QString communeId_;
  QString branchId_;
  QString kind_;
  QDate dateFrom_;
  QDate dateTo_;
  QString search_;
};

}  // namespace sohoi::app
