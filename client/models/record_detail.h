#pragma once
// One record as the detail page shows it: its fields in words, its version history, whether the server
// has it (Chờ gửi / Đã gửi / Bị từ chối with the reason) and its review status.
#include "domain/record_schema.h"
#include "record_manager.h"
#include "review_state.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

class RecordDetail : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
  Q_PROPERTY(bool exists READ exists NOTIFY changed)
  Q_PROPERTY(QString kind READ kind NOTIFY changed)
  Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY changed)
  Q_PROPERTY(QString title READ title NOTIFY changed)
  Q_PROPERTY(QVariantList fields READ fields NOTIFY changed)
  // [{number, when, origin, changes (the fields it changed, in words), isHead, deleted}], oldest first.
  Q_PROPERTY(QVariantList versions READ versions NOTIFY changed)
  // Every review decision on the record: [{outcome, returned, comment, level, when, byMe, onCurrent}], oldest
  // first; level names the union that decided (empty for decisions from before levels were kept).
  Q_PROPERTY(QVariantList reviewTrail READ reviewTrail NOTIFY changed)
  Q_PROPERTY(QString syncStatus READ syncStatus NOTIFY changed)
  Q_PROPERTY(QString syncState READ syncState NOTIFY changed)
  Q_PROPERTY(QString rejectionReason READ rejectionReason NOTIFY changed)
  Q_PROPERTY(QString reviewStatus READ reviewStatus NOTIFY changed)
  // The record's one status line (record_status_line.h) and the leader's next step.
  Q_PROPERTY(QVariantList statusSteps READ statusSteps NOTIFY changed)
  Q_PROPERTY(QString nextStep READ nextStep NOTIFY changed)
  Q_PROPERTY(int criteriaMet READ criteriaMet NOTIFY changed)
  Q_PROPERTY(bool returned READ returned NOTIFY changed)
  // Two edits of one field are both kept and a person must choose (ConflictResolution does it).
  Q_PROPERTY(bool conflict READ conflict NOTIFY changed)

 public:
  explicit RecordDetail(QObject* parent = nullptr);

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  QString recordId() const { return recordId_; }
  void setRecordId(const QString& recordId);
  bool exists() const { return exists_; }
  QString kind() const { return kind_; }
  QString kindLabel() const { return kindLabel_; }
  QString title() const { return title_; }
  /// [{label, value, criterion, met}] for the fields that are set, in schema order (criterion: one of a
  /// visit's 8 criteria, read as met or not yet met).
  QVariantList fields() const { return fields_; }
  QVariantList reviewTrail() const { return reviewTrail_; }
  /// [{number, when, origin, author, isHead, deleted}] oldest first.
  QVariantList versions() const { return versions_; }
  QString syncStatus() const { return syncStatus_; }
  /// "pending", "sent" or "rejected", for colours.
  QString syncState() const { return syncState_; }
  QString rejectionReason() const { return rejectionReason_; }
  QString reviewStatus() const { return reviewStatus_; }
  QVariantList statusSteps() const { return statusSteps_; }
  QString nextStep() const { return nextStep_; }
  /// Household: criteria met at its latest visit (-1: never visited); visit: its own; -1 otherwise.
  int criteriaMet() const { return criteriaMet_; }
  /// Returned by review and not fixed yet.
  bool returned() const { return returned_; }
  /// In hard conflict, as the server last said (or cleared by an edit from the head saved here).
  bool conflict() const { return conflict_; }

  /// Deletes the record (a tombstone version); true on success.
  Q_INVOKABLE bool remove();
  Q_INVOKABLE void refresh();

 signals:
  void managerChanged();
  void recordIdChanged();
  void changed();

 private:
  QVariantList versionHistory(const client::StoredRecord& record) const;
  QVariantList reviewTrailOf(const std::vector<ReviewState>& decisions, const QString& headVersionId) const;

  QPointer<RecordManager> manager_;
  QString recordId_;
  bool exists_ = false;
  QString kind_;
  QString kindLabel_;
  QString title_;
  QVariantList fields_;
  QVariantList reviewTrail_;
  QVariantList versions_;
  QString syncStatus_;
  QString syncState_;
  QString rejectionReason_;
  QString reviewStatus_;
  QVariantList statusSteps_;
  QString nextStep_;
  int criteriaMet_ = -1;
  bool returned_ = false;
  bool conflict_ = false;
};

}  // namespace sohoi::app
