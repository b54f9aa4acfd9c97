#pragma once
// Trả lại: records district staff returned with a comment and the leader has not fixed yet. Fixing is an
// ordinary edit (a new version), which takes the record out of the inbox and goes up at the next sync.
#include "record_manager.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

class ReviewInboxModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  enum Role { RecordIdRole = Qt::UserRole + 1, KindRole, KindLabelRole, TitleRole, CommentRole };
  Q_ENUM(Role)

  explicit ReviewInboxModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  int count() const { return static_cast<int>(items_.size()); }

 signals:
  void managerChanged();
  void countChanged();

 private:
  struct Item {
    QString recordId;
    RecordKind kind;
    QString title;
    QString comment;
  };
  void reload();

  QPointer<RecordManager> manager_;
  std::vector<Item> items_;
};

}  // namespace sohoi::app
