#include "sync_engine.h"

#include "sync_client.h"

namespace sohoi::client {

SyncEngine::TransportFactory SyncEngine::grpcTransport() {
  return [](const Account& account) -> std::unique_ptr<SyncTransport> {
    return std::make_unique<SyncClient>(account.serverAddress);
  };
}

SyncEngine::SyncEngine(const QString& storePath, TransportFactory factory, Synchronizer::Options options,
                       QObject* parent)
    : QObject(parent), storePath_(storePath), factory_(std::move(factory)), options_(std::move(options)) {
  qRegisterMetaType<sohoi::client::SyncSummary>();
  thread_.setObjectName(QStringLiteral("sohoi-sync"));
  context_ = new QObject;
  context_->moveToThread(&thread_);
  thread_.start();
}

SyncEngine::SyncEngine(const QString& storePath, TransportFactory factory, QObject* parent)
    : SyncEngine(storePath, std::move(factory), Synchronizer::Options{}, parent) {}

SyncEngine::~SyncEngine() {
  again_ = false;
  stop();
  // The store's connection belongs to the worker thread, so it is closed there.
  QMetaObject::invokeMethod(
      context_,
      [this] {
        {
          std::lock_guard lock(synchronizerMutex_);
          synchronizer_.reset();
        }
        transport_.reset();
        store_.reset();
        context_->deleteLater();  // runs as the thread finishes, after this call has returned
      },
      Qt::BlockingQueuedConnection);
  thread_.quit();
  thread_.wait();
}

void SyncEngine::syncNow() {
  if (running_.exchange(true)) {
    again_ = true;
    return;
  }
  emit runningChanged();
  QMetaObject::invokeMethod(context_, [this] { runOnWorker(); }, Qt::QueuedConnection);
}

void SyncEngine::retryNow() {
  reconnect_ = true;
  syncNow();
}

void SyncEngine::stop() {
  std::lock_guard lock(synchronizerMutex_);
  if (synchronizer_) synchronizer_->requestStop();
}

void SyncEngine::runOnWorker() {
  for (;;) {
    again_ = false;
    Status status;
    if (!store_) store_ = LocalStore::open(storePath_, &status);
    if (store_ && !transport_) {
      const Account account = store_->account();
      if (account.isEnrolled()) transport_ = factory_(account);
    }
    if (transport_ && reconnect_.exchange(false)) transport_->reconnectNow();
    SyncOutcome outcome;
    if (!store_) {
      outcome.status = status;
    } else if (!transport_) {
      outcome.status = Status::error(QStringLiteral("NOT_ENROLLED"), QStringLiteral("Thiết bị chưa được đăng ký"),
                                     QStringLiteral("This device is not enrolled yet"));
    } else {
      {
        std::lock_guard lock(synchronizerMutex_);
        if (!synchronizer_) {
          synchronizer_ = std::make_unique<Synchronizer>(store_.get(), transport_.get(), options_);
          synchronizer_->setProgressHandler(
              [this](const SyncProgress& p) { emit progress(p.pushed, p.totalToPush, p.pulled); });
        }
      }
      outcome = synchronizer_->runOnce();
    }
    // Not running any more before anyone hears it finished: a listener that reads running() in its
    // handler, or calls syncNow() from it, must see the engine idle.
    running_ = false;
    const bool again = again_.exchange(false);
    if (!outcome.ok())
      emit failed(outcome.status.code(), outcome.status.messageVi(), outcome.status.messageEn());
    emit finished(outcome.ok(), outcome.summary);
    // A syncNow() that arrived during the run asked for one more; take it unless a new run was queued.
    if (!again || running_.exchange(true)) break;
  }
  emit runningChanged();
}

}  // namespace sohoi::client
