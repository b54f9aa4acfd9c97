#pragma once
// What the sync button, the progress bar and the rejections list bind to. Wraps the threaded SyncEngine
// (all network and database work of a sync runs on its thread, never on the UI thread), starts a sync by
// itself when records wait and a connection may be back, and tells the manager to reload afterwards.
#include "photo_sender.h"
#include "record_manager.h"
#include "sync/sync_engine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace sohoi::app {

class SyncController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by AppController")
  Q_PROPERTY(bool running READ running NOTIFY stateChanged)
  Q_PROPERTY(int pushed READ pushed NOTIFY stateChanged)
  Q_PROPERTY(int totalToPush READ totalToPush NOTIFY stateChanged)
  Q_PROPERTY(int pulled READ pulled NOTIFY stateChanged)
  Q_PROPERTY(double progress READ progress NOTIFY stateChanged)
  Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
  Q_PROPERTY(bool offline READ offline NOTIFY stateChanged)
  // Being offline is the village's normal state, not an error: a calm line saying what waits and that the
  // tablet sends it by itself ("Chưa có mạng – 3 hồ sơ chờ gửi, máy sẽ tự gửi"); empty when online.
  Q_PROPERTY(QString offlineText READ offlineText NOTIFY stateChanged)
  // "Đã gửi 3 hồ sơ" for a little while after a run sent records; empty otherwise.
  Q_PROPERTY(QString sentText READ sentText NOTIFY stateChanged)
  // A signed-in person's session expired or was ended: the workspace asks for the password again.
  Q_PROPERTY(bool sessionEnded READ sessionEnded NOTIFY stateChanged)
  Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY stateChanged)
  Q_PROPERTY(int pendingCount READ pendingCount NOTIFY stateChanged)
  Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY stateChanged)
  Q_PROPERTY(QVariantList rejections READ rejections NOTIFY stateChanged)

 public:
  explicit SyncController(RecordManager* manager, QObject* parent = nullptr);
  ~SyncController() override;

  /// Starts syncing the manager's store with a transport from factory (tests inject one; the app uses
  /// SyncEngine::grpcTransport()). Stops any earlier engine.
  void start(client::SyncEngine::TransportFactory factory, client::Synchronizer::Options options = {});
  /// Stops and forgets the engine (sign-out).
  void stop();
  /// How often to try on its own while records wait or after a failure (ms); 0 turns it off.
  void setAutoInterval(int ms);

  bool running() const { return running_; }
  int pushed() const { return pushed_; }
  int totalToPush() const { return totalToPush_; }
  int pulled() const { return pulled_; }
  /// 0..1 while pushing; -1 while only downloading (indeterminate).
  double progress() const;
  QString statusText() const;
  QString errorText() const;
  bool offline() const { return offline_; }
  QString offlineText() const;
  QString sentText() const;
  bool sessionEnded() const { return sessionEnded_; }
  QString lastSyncText() const;
  int pendingCount() const { return pending_; }
  int rejectedCount() const { return rejected_; }
  QVariantList rejections() const;

  /// A person's tap: syncs now (on the engine's thread), connecting at once even if earlier tries failed;
  /// a request during a run queues one more run.
  Q_INVOKABLE void syncNow();

 signals:
  void stateChanged();
  /// A run ended: ok, or the error words shown.
  void syncFinished(bool ok);

 private:
  void onFinished(bool ok, const client::SyncSummary& summary);
  void onFailed(const QString& code, const QString& messageVi, const QString& messageEn);
  void autoSync();
  /// Starts a run; manual: a person asked, so the connection is retried at once.
  void startRun(bool manual);
  void watchNetwork();
  /// Reads the outbox figures once per change, not once per binding that shows them.
  void updateCounts();

  QPointer<RecordManager> manager_;
  std::unique_ptr<client::SyncEngine> engine_;
  std::unique_ptr<PhotoSender> photos_;  // evidence photos go after the records, on their own
  QTimer autoTimer_;
  QTimer afterSaveTimer_;  // a save is sent soon after, if a connection is there (a burst of saves: once)
  QTimer clockTimer_;  // refreshes "5 minutes ago"
  QTimer sentTimer_;   // ends the "sent" confirmation
  int lastSent_ = 0;   // records the last run sent, while its confirmation shows
  bool running_ = false;
  int pushed_ = 0;
  int totalToPush_ = 0;
  int pulled_ = 0;
  bool offline_ = false;
  bool sessionEnded_ = false;
  bool lastRunFailed_ = false;
  int pending_ = 0;
  int rejected_ = 0;
  QString errorVi_;  // the last run's failure, in both languages (the language may switch)
  QString errorEn_;
  client::SyncSummary lastSummary_;
};

}  // namespace sohoi::app
