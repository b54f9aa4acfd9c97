#pragma once
// The reviewer's actions (duyệt / trả lại): approve a record, return it with a comment, approve many at
// once. Each decision is a ReviewDecision record of its own (DESIGN §5: decisions are records, not edits)
// made on this workstation, in the reviewed record's unit, about the version the reviewer saw; it syncs
// up like any record and down to the devices that hold the reviewed one. Works offline.
#include "record_manager.h"
#include "review_state.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

class ReviewController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)

 public:
  explicit ReviewController(QObject* parent = nullptr);

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  /// Why the last action failed, in the current language; empty after one that succeeded.
  QString error() const { return error_; }

  /// Whether this account may decide on recordId (a level above it, by the shared permissions table).
  Q_INVOKABLE bool mayDecide(const QString& recordId) const;
  Q_INVOKABLE bool approve(const QString& recordId);
  /// Returns the record to its author; the comment says what to fix and may not be empty.
  Q_INVOKABLE bool returnRecord(const QString& recordId, const QString& comment);
  /// Approves each record; the number approved. error names the first that could not be.
  Q_INVOKABLE int approveAll(const QStringList& recordIds);

 signals:
  void managerChanged();
  void errorChanged();
  /// A decision was recorded on this workstation.
  void decided(const QString& recordId);

 private:
  client::Status decide(const QString& recordId, ReviewOutcome outcome, const QString& comment);
  void setError(const client::Status& status);

  QPointer<RecordManager> manager_;
  QString error_;
};

}  // namespace sohoi::app
