#pragma once
// The home page's figures: the unit, today's and pending counts, per-kind totals and the unit's progress
// toward its targets. Recomputed when the manager reports a change.
#include "record_manager.h"
#include "unit_progress.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

class HomeModel : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  Q_PROPERTY(QString unitName READ unitName NOTIFY changed)
  Q_PROPERTY(QString personName READ personName NOTIFY changed)
  Q_PROPERTY(int todayCount READ todayCount NOTIFY changed)
  Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
  Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY changed)
  // As ODK counts its forms: drafts (bản nháp), waiting to be sent (pendingCount), sent.
  Q_PROPERTY(int draftCount READ draftCount NOTIFY changed)
  Q_PROPERTY(int sentCount READ sentCount NOTIFY changed)
  Q_PROPERTY(QVariantList drafts READ drafts NOTIFY changed)
  Q_PROPERTY(int returnedCount READ returnedCount NOTIFY changed)
  Q_PROPERTY(QString returnedText READ returnedText NOTIFY changed)
  // Lists have their own signals: a Repeater rebuilds its delegates whenever its model is re-read.
  Q_PROPERTY(QVariantList kindCounts READ kindCounts NOTIFY kindCountsChanged)
  Q_PROPERTY(QVariantList progress READ progress NOTIFY progressChanged)
  Q_PROPERTY(QString progressNote READ progressNote NOTIFY progressChanged)
  // The unit has units below it (a commune officer's branches), whose progress the tablet can show.
  Q_PROPERTY(bool hasBranches READ hasBranches NOTIFY changed)

 public:
  explicit HomeModel(QObject* parent = nullptr);
  /// Waits for a progress computation still running.
  ~HomeModel() override;

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  QString unitName() const { return unitName_; }
  QString personName() const { return personName_; }
  int todayCount() const { return todayCount_; }
  int pendingCount() const { return pendingCount_; }
  int rejectedCount() const { return rejectedCount_; }
  int draftCount() const { return static_cast<int>(drafts_.size()); }
  /// Versions the server acknowledged.
  int sentCount() const { return sentCount_; }
  /// Forms left unsaved, newest first (allDrafts in new_record_drafts.h).
  QVariantList drafts() const { return drafts_; }
  /// Records the district returned that wait for the leader's fix.
  int returnedCount() const { return returnedCount_; }
  /// "2 records returned by the district – fix now", or empty when none wait.
  QString returnedText() const;
  /// [{kind, label, addLabel}] for the weekly kinds this unit may add (the home page's quick-add buttons).
  QVariantList kindCounts() const { return kindCounts_; }
  /// [{title, valueText, fraction (0..1), met}] for the unit's targets; empty while no plan is known.
  QVariantList progress() const { return progress_; }
  /// "Computing…" until the first figures are in; then why progress is empty, or where its figures come from.
  QString progressNote() const { return progressNote_; }
  bool hasBranches() const { return hasBranches_; }

  /// Recomputes the counts now and the progress soon, off the UI thread (the manager's signals call it).
  Q_INVOKABLE void refresh();

 signals:
  void managerChanged();
  void changed();
  void kindCountsChanged();
  void progressChanged();

 private:
  void startProgress();
  void publishProgress();

  QPointer<RecordManager> manager_;
  QTimer progressTimer_;               // gathers a burst of saves into one computation
  QThread* progressThread_ = nullptr;  // the computation in flight, if any
  bool progressDirty_ = false;         // something changed while it ran
  UnitProgressResult lastProgress_;
  bool progressComputed_ = false;      // false until the first computation finished
  QString unitName_;
  QString personName_;
  int todayCount_ = 0;
  int pendingCount_ = 0;
  int rejectedCount_ = 0;
  int returnedCount_ = 0;
  int sentCount_ = 0;
  QVariantList drafts_;
  bool hasBranches_ = false;
  QVariantList kindCounts_;
  QVariantList progress_;
  QString progressNote_;
};

}  // namespace sohoi::app
