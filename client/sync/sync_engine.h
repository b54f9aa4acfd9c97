#pragma once
// Sync off the caller's thread, as a QObject a QML page can bind to: syncNow() from a button, progress()
// for a progress bar, finished()/failed() for the status line.
//
// Threading: create, call and destroy on one thread (the UI thread). The engine owns a worker thread that
// opens its own LocalStore on storePath and its own transport; all database and network work happens
// there. Signals are emitted from the worker thread: connect with the default (auto) connection so they
// arrive queued on the receiver's thread.
#include "synchronizer.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <mutex>

namespace sohoi::client {

class SyncEngine : public QObject {
  Q_OBJECT
  Q_PROPERTY(bool running READ running NOTIFY runningChanged)

 public:
  /// Makes the transport for an enrolled account; called on the worker thread.
  using TransportFactory = std::function<std::unique_ptr<SyncTransport>(const Account&)>;

  /// The default factory: a SyncClient to the account's server address.
  static TransportFactory grpcTransport();

  SyncEngine(const QString& storePath, TransportFactory factory, Synchronizer::Options options,
             QObject* parent = nullptr);
  SyncEngine(const QString& storePath, TransportFactory factory, QObject* parent = nullptr);
  /// Stops a running sync at its next step and joins the worker thread.
  ~SyncEngine() override;

  /// Starts a sync run on the worker thread; a request during a run starts one more run after it.
  Q_INVOKABLE void syncNow();
  /// As syncNow, for a person's tap: the transport first drops any reconnect backoff, so a connection that
  /// just came back is used at once.
  Q_INVOKABLE void retryNow();
  /// Asks a running sync to stop at its next step (it reports failed with code CANCELLED).
  Q_INVOKABLE void stop();
  bool running() const { return running_; }

 signals:
  void progress(int pushedCount, int totalToPush, int pulledCount);
  void finished(bool ok, const sohoi::client::SyncSummary& summary);
  void failed(const QString& reasonCode, const QString& messageVi, const QString& messageEn);
  void runningChanged();

 private:
  void runOnWorker();  // worker thread only

  QString storePath_;
  TransportFactory factory_;
  Synchronizer::Options options_;
  QThread thread_;
  QObject* context_ = nullptr;  // lives in thread_: the target of queued work
  std::atomic<bool> running_{false};
  std::atomic<bool> again_{false};
  std::atomic<bool> reconnect_{false};  // retryNow() asked; taken by the next run
  // Worker-thread state, created there on first use and destroyed there.
  std::unique_ptr<LocalStore> store_;
  std::unique_ptr<SyncTransport> transport_;
  std::mutex synchronizerMutex_;
  std::unique_ptr<Synchronizer> synchronizer_;  // GUARDED_BY(synchronizerMutex_) for stop()
};

}  // namespace sohoi::client
