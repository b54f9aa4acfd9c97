#include "sync_controller.h"

#include "language.h"
#include "relative_time.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkInformation>

namespace sohoi::app {

namespace {
constexpr int kDefaultAutoIntervalMs = 2 * 60 * 1000;  // a village signal comes and goes; cheap when idle
constexpr int kClockRefreshMs = 30 * 1000;
constexpr int kAfterSaveDelayMs = 10 * 1000;
constexpr int kSentConfirmationMs = 15 * 1000;
}  // namespace

SyncController::SyncController(RecordManager* manager, QObject* parent) : QObject(parent), manager_(manager) {
  autoTimer_.setInterval(kDefaultAutoIntervalMs);
  connect(&autoTimer_, &QTimer::timeout, this, &SyncController::autoSync);
  clockTimer_.setInterval(kClockRefreshMs);
  connect(&clockTimer_, &QTimer::timeout, this, &SyncController::stateChanged);
  clockTimer_.start();
  sentTimer_.setSingleShot(true);
  sentTimer_.setInterval(kSentConfirmationMs);
  connect(&sentTimer_, &QTimer::timeout, this, [this] {
    lastSent_ = 0;
    emit stateChanged();
  });
  connect(manager_, &RecordManager::recordSaved, this, &SyncController::updateCounts);
  afterSaveTimer_.setSingleShot(true);
  afterSaveTimer_.setInterval(kAfterSaveDelayMs);
  connect(&afterSaveTimer_, &QTimer::timeout, this, &SyncController::autoSync);
  connect(manager_, &RecordManager::recordSaved, this, [this] {
    if (engine_ && autoTimer_.interval() > 0) afterSaveTimer_.start();
  });
  connect(manager_, &RecordManager::reloaded, this, &SyncController::updateCounts);
  connect(manager_, &RecordManager::languageChanged, this, &SyncController::stateChanged);
  watchNetwork();
  updateCounts();
}

SyncController::~SyncController() { stop(); }

void SyncController::start(client::SyncEngine::TransportFactory factory, client::Synchronizer::Options options) {
  stop();
  engine_ = std::make_unique<client::SyncEngine>(manager_->path(), std::move(factory), std::move(options));
  photos_ = std::make_unique<PhotoSender>(manager_->path());
  connect(engine_.get(), &client::SyncEngine::progress, this, [this](int pushed, int total, int pulled) {
    pushed_ = pushed;
    totalToPush_ = total;
    pulled_ = pulled;
    running_ = true;
    emit stateChanged();
  });
  connect(engine_.get(), &client::SyncEngine::runningChanged, this, [this] {
    if (engine_ && engine_->running() && !running_) {
      running_ = true;
      emit stateChanged();
    }
  });
  connect(engine_.get(), &client::SyncEngine::finished, this, &SyncController::onFinished);
  connect(engine_.get(), &client::SyncEngine::failed, this, &SyncController::onFailed);
  if (autoTimer_.interval() > 0) autoTimer_.start();
}

void SyncController::stop() {
  autoTimer_.stop();
  afterSaveTimer_.stop();
  engine_.reset();  // joins the worker thread
  photos_.reset();
  running_ = false;
  emit stateChanged();
}

void SyncController::setAutoInterval(int ms) {
  autoTimer_.setInterval(ms);
  if (ms <= 0) {
    autoTimer_.stop();
    afterSaveTimer_.stop();
  } else if (engine_) {
    autoTimer_.start();
  }
}

void SyncController::syncNow() { startRun(true); }

void SyncController::startRun(bool manual) {
  if (!engine_) return;
  if (!running_) {
    running_ = true;
    pushed_ = totalToPush_ = pulled_ = 0;
    errorVi_.clear();
    errorEn_.clear();
    emit stateChanged();
  }
  if (manual)
    engine_->retryNow();
  else
    engine_->syncNow();
}

void SyncController::autoSync() {
  if (!engine_ || running_) return;
  // Records waiting, or the last try failed: try again. Otherwise a quiet pull now and then.
  startRun(false);
}

void SyncController::watchNetwork() {
  // Where the platform reports reachability (NetworkManager on Linux, Android), a connection coming back
  // starts a sync at once; elsewhere the timer's periodic try covers it.
  if (!QNetworkInformation::instance() && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
    return;
  connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
          [this](QNetworkInformation::Reachability reachability) {
            // The platform saw the network come back: connect at once, as for a tap.
            if (reachability == QNetworkInformation::Reachability::Online && (lastRunFailed_ || pendingCount() > 0))
              startRun(true);
          });
}

void SyncController::onFinished(bool ok, const client::SyncSummary& summary) {
  running_ = false;  // a queued extra run sets it again with its first progress report
  lastSummary_ = summary;
  lastRunFailed_ = !ok;
  if (ok) offline_ = sessionEnded_ = false;
  if (ok && photos_) photos_->sendWaiting();
  const int waitingBefore = pending_;
  const int rejectedBefore = rejected_;
  if (manager_) manager_->reload();  // re-reads the outbox figures
  // What left the outbox for good, as the leader counted it waiting (resends after a server restore
  // were sent before and are not news to her).
  const int sent = waitingBefore - pending_ - std::max(0, rejected_ - rejectedBefore);
  if (sent > 0) {
    lastSent_ = sent;
    sentTimer_.start();
  }
  emit stateChanged();
  emit syncFinished(ok);
}

void SyncController::onFailed(const QString& code, const QString& messageVi, const QString& messageEn) {
  offline_ = code == QLatin1String("UNAVAILABLE") || code == QLatin1String("DEADLINE_EXCEEDED");
  sessionEnded_ = code == QLatin1String("SESSION_ENDED");
  errorVi_ = messageVi;
  errorEn_ = messageEn;
  emit stateChanged();
}

double SyncController::progress() const {
  if (totalToPush_ > 0) return std::min(1.0, static_cast<double>(pushed_) / totalToPush_);
  return -1;
}

QString SyncController::errorText() const {
  if (offline_) return {};  // offlineText says it, calmly
  return localized(errorVi_, errorEn_);
}

QString SyncController::offlineText() const {
  if (!offline_ || running_) return {};
  if (pending_ == 0)
    return QCoreApplication::translate("Sync", "No network – the tablet syncs by itself when a connection comes back");
  return QCoreApplication::translate("Sync", "No network – %n record(s) waiting to be sent; the tablet sends them by itself",
                                     nullptr, pending_);
}

QString SyncController::sentText() const {
  if (lastSent_ == 0) return {};
  return QCoreApplication::translate("Sync", "Sent %n record(s)", nullptr, lastSent_);
}

QString SyncController::statusText() const {
  if (running_) {
    if (totalToPush_ > 0 && pushed_ < totalToPush_)
      return QCoreApplication::translate("Sync", "Syncing… sent %1 of %2").arg(pushed_).arg(totalToPush_);
    return pulled_ > 0 ? QCoreApplication::translate("Sync", "Syncing… received %1").arg(pulled_)
                       : QCoreApplication::translate("Sync", "Syncing…");
  }
  if (offline_) return {};  // offlineText says it, calmly
  if (!errorVi_.isEmpty()) return QCoreApplication::translate("Sync", "Sync did not finish");
  if (lastSummary_.elapsedMs > 0 || lastSummary_.accepted > 0 || lastSummary_.pulled > 0)
    return QCoreApplication::translate("Sync", "Sent %1, received %2, rejected %3")
        .arg(lastSummary_.accepted)
        .arg(lastSummary_.pulled)
        .arg(lastSummary_.rejected);
  return {};
}

QString SyncController::lastSyncText() const {
  const qint64 last = manager_ && manager_->isOpen() ? manager_->store().lastSyncAt() : 0;
  const QString ago = relativeTimeText(last, QDateTime::currentMSecsSinceEpoch());
  if (last == 0) return QCoreApplication::translate("Sync", "Last synced: %1").arg(ago);
  // Only a sync that went to the end moves this time: with it a leader can tell the district "at 7:40".
  return QCoreApplication::translate("Sync", "Last successful sync: %1 (%2)")
      .arg(QDateTime::fromMSecsSinceEpoch(last).toString(QStringLiteral("HH:mm dd/MM/yyyy")), ago);
}

void SyncController::updateCounts() {
  const bool open = manager_ && manager_->isOpen();
  const client::OutboxCounts counts = open ? manager_->outboxCounts() : client::OutboxCounts{};
  pending_ = counts.pending;
  rejected_ = counts.rejected;
  emit stateChanged();
}

QVariantList SyncController::rejections() const {
  QVariantList list;
  if (!manager_ || !manager_->isOpen()) return list;
  for (const client::RejectedItem& item : manager_->store().rejectedItems()) {
    const std::optional<RecordSummary> summary = manager_->summary(item.version.recordId);
    list.append(QVariantMap{
        {QStringLiteral("recordId"), item.version.recordId},
        {QStringLiteral("kind"), recordKindName(item.version.kind)},
        {QStringLiteral("title"), summary ? summary->title : QString()},
        {QStringLiteral("reason"), localized(item.rejection.messageVi, item.rejection.messageEn)},
    });
  }
  return list;
}

}  // namespace sohoi::app
