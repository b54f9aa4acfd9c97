#include "synchronizer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <random>
#include <thread>
#include <utility>

namespace sohoi::client {

namespace {

Status cancelled() {
  return Status::error(QStringLiteral("CANCELLED"), QStringLiteral("Đồng bộ đã dừng"), QStringLiteral("Sync was stopped"));
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

// How long enrolment keeps trying in all, through a busy server or lost answers: a person is watching, and
// can try again later.
constexpr std::chrono::minutes kEnrolPatience(1);

// Names one enrolment on the server, so that a resend of it is known as such (EnrollRequest.attempt_id).
QByteArray newAttemptId() {
  constexpr int kWords = 4;  // 16 bytes: no two devices ever draw the same
  QByteArray id(kWords * int(sizeof(quint32)), Qt::Uninitialized);
  QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(id.data()), kWords);
  return id;
}

}  // namespace

Status statusFromRpcError(const RpcError& error) {
  return Status::error(error.reasonName, error.messageVi, error.messageEn, error.reason);
}

Synchronizer::Synchronizer(LocalStore* store, SyncTransport* transport, Options options)
    : store_(store),
      transport_(transport),
      options_(std::move(options)),
      retry_(options_.retry, options_.seed ? options_.seed : std::random_device{}()) {}

Synchronizer::Synchronizer(LocalStore* store, SyncTransport* transport) : Synchronizer(store, transport, Options{}) {}

void Synchronizer::wait(std::chrono::milliseconds delay) {
  if (options_.sleep) {
    options_.sleep(delay);
    return;
  }
  std::unique_lock lock(stopMutex_);
  stopped_.wait_for(lock, delay, [this] { return stop_.load(); });
}

void Synchronizer::requestStop() {
  {
    // Under the lock, so that a wait cannot miss the change between its test and its sleep.
    const std::lock_guard lock(stopMutex_);
    stop_ = true;
  }
  stopped_.notify_all();
}

Status Synchronizer::failure(const RpcError& error) const {
  // A stop that came while the call was answered ends the run as any stop does, whatever the answer was.
  return stop_ ? cancelled() : statusFromRpcError(error);
}

void Synchronizer::report() {
  if (progress_) progress_(position_);
}

template <typename T, typename Call>
RpcResult<T> Synchronizer::withRetry(Call&& call) {
  for (int attempt = 1, busyCount = 0;;) {
    RpcResult<T> result = call();
    if (result.ok() || stop_) return result;
    if (result.error.retryAfter.count() > 0 && busyWaited_ < options_.busyPatience) {
      const std::chrono::milliseconds delay = retry_.busyDelay(++busyCount, result.error);
      busyWaited_ += delay;
      ++summary_.busyWaits;
      wait(delay);
      continue;
    }
    if (retriesLeft_ <= 0 || !retry_.shouldRetry(result.error, attempt)) return result;
    --retriesLeft_;
    ++summary_.retries;
    wait(retry_.delay(attempt++));
  }
}

SyncOutcome Synchronizer::runOnce() {
  QElapsedTimer timer;
  timer.start();
  stop_ = false;
  summary_ = SyncSummary{};
  position_ = SyncProgress{};
  retriesLeft_ = options_.retryBudget;
  busyWaited_ = std::chrono::milliseconds(0);
  const TrafficCounters before = transport_->traffic();
  const Account account = store_->account();
  Status status;
  if (!account.isEnrolled()) {
    status = Status::error(QStringLiteral("NOT_ENROLLED"), QStringLiteral("Thiết bị chưa được đăng ký"),
                           QStringLiteral("This device is not enrolled yet"));
  } else {
    transport_->setCredential(account.credential);
    QElapsedTimer phase;
    phase.start();
    std::optional<RpcResult<PullPage>> firstPage;
    status = pushAll(false, &firstPage);
    summary_.pushMs = phase.restart();
    bool reset = false;
    quint64 serverLastSeq = 0;
    if (status.isOk()) status = pullAll(&reset, &serverLastSeq, std::move(firstPage));
    summary_.pullMs = phase.elapsed();
    // A server that did not know our cursor was restored: what it lost of ours comes back through the
    // sequence gap its answer to a probe reveals. A server restored without a sign in our cursor still
    // says how far our log reached it: what lies beyond is sent again.
    if (status.isOk() && (reset || serverLastSeq < store_->lastSeq())) status = pushAll(true);
    if (status.isOk()) status = store_->recordSync(clockOffsetMs_);
  }
  const TrafficCounters after = transport_->traffic();
  summary_.bytesSent = after.sent() - before.sent();
  summary_.bytesReceived = after.received() - before.received();
  summary_.pushRequestBytes = after.pushRequestBytes - before.pushRequestBytes;
  summary_.elapsedMs = timer.elapsed();
  return {status, summary_};
}

Status Synchronizer::pushAll(bool probe, std::optional<RpcResult<PullPage>>* firstPage) {
  const int pending = store_->pendingCount();
  int answered = 0;
  transport_->setWaitingCount(static_cast<quint32>(pending));
  position_.totalToPush += pending;
  // Resending from the log: after a gap, or to probe a restored server with our last mutation.
  quint64 resendFrom = probe ? store_->lastSeq() : 0;
  int gaps = 0;
  for (;;) {
    if (stop_) return cancelled();
    const std::vector<Mutation> batch = resendFrom ? store_->mutationsFrom(resendFrom, options_.pushBatchSize)
                                                   : store_->pendingBatch(options_.pushBatchSize);
    if (batch.empty()) {
      if (resendFrom == 0) return Status::ok();
      resendFrom = 0;  // the log is sent; anything pending was in it
      continue;
    }
    // The batch that empties the outbox asks for the pull's first page too: a day's sync in one call.
    std::optional<PullAsk> then;
    if (firstPage && resendFrom == 0 && answered + static_cast<int>(batch.size()) >= pending)
      then = PullAsk{store_->cursor(), options_.pullPageSize, store_->referenceVersion(), 0};  // none waits
    const qint64 sentAt = nowMs();
    RpcResult<PushReply> answer = withRetry<PushReply>(
        [&] { return then ? transport_->pushThenPull(batch, *then) : transport_->push(batch); });
    ++summary_.pushCalls;
    if (!answer.ok()) return failure(answer.error);
    PushReply& reply = *answer.value;
    // Only the page taken after the last push is whole: one from before a later push is not kept.
    if (firstPage) *firstPage = std::move(reply.pulled);
    if (reply.serverTimeMs) clockOffsetMs_ = reply.serverTimeMs - (sentAt + nowMs()) / 2;
    if (!reply.serverEpoch.isEmpty() && reply.serverEpoch != store_->account().serverEpoch)
      if (Status status = store_->setServerEpoch(reply.serverEpoch); !status.isOk()) return status;
    if (reply.sequenceGap) {
      const quint64 from = reply.lastSeq + 1;
      if (++gaps > options_.maxGapRestarts || store_->firstSeq() > from)
        return Status::fromRejection(rejectionFor(ReasonCode::SequenceGap));
      resendFrom = from;
      continue;
    }
    // A server ahead of our whole log means this device's database is older than what it sent (restored
    // from a backup): its new sequence numbers would be answered "as before" for other content. Stop.
    if (reply.lastSeq > store_->lastSeq())
      return Status::error(QStringLiteral("DEVICE_BEHIND"),
                           QStringLiteral("Dữ liệu trên máy cũ hơn dữ liệu máy chủ đã nhận từ máy này; cần đăng ký lại "
                                          "thiết bị"),
                           QStringLiteral("This device's data is older than what the server already received from it; "
                                          "enrol the device again"));
    if (resendFrom) summary_.resent += static_cast<int>(reply.results.size());
    // The answers are stored before anything moves on: a crash here resends, the server answers as before.
    if (Status status = store_->markAcknowledged(reply.results); !status.isOk()) return status;
    for (const MutationResult& result : reply.results)
      ++(result.outcome == Outcome::Rejected ? summary_.rejected : summary_.accepted);
    answered += static_cast<int>(reply.results.size());
    position_.pushed += static_cast<int>(reply.results.size());
    report();
    if (reply.results.empty())  // the server stored none of them and named no gap: do not spin
      return Status::error(QStringLiteral("NO_PROGRESS"), QStringLiteral("Máy chủ không nhận dữ liệu gửi lên"),
                           QStringLiteral("The server took none of the changes sent"));
    if (resendFrom) resendFrom = std::min(batch.back().seq, reply.lastSeq) + 1;
  }
}

Status Synchronizer::pullAll(bool* reset, quint64* serverLastSeq,
                             std::optional<RpcResult<PullPage>> firstPage) {
  // After the pushes: what is still waiting, which the server keeps as this sync's figure.
  transport_->setWaitingCount(static_cast<quint32>(store_->pendingCount()));
  QByteArray cursor = store_->cursor();
  for (;;) {
    if (stop_) return cancelled();
    const qint64 sentAt = nowMs();
    const bool called = !firstPage;
    RpcResult<PullPage> answer = called ? pullPage(cursor) : *std::exchange(firstPage, std::nullopt);
    if (!answer.ok()) return failure(answer.error);
    const PullPage& page = *answer.value;
    // The push that brought the first page has set the clock's offset already.
    if (called && page.serverTimeMs) clockOffsetMs_ = page.serverTimeMs - (sentAt + nowMs()) / 2;
    if (page.reset) {
      // Keep every record and version; only the position in the feed is forgotten.
      *reset = true;
      summary_.reset = true;
      if (Status status = store_->resetCursor(); !status.isOk()) return status;
    }
    if (!page.serverEpoch.isEmpty() && page.serverEpoch != store_->account().serverEpoch)
      if (Status status = store_->setServerEpoch(page.serverEpoch); !status.isOk()) return status;
    if (Status status = store_->applyPulledPage(page.changes, page.reference, page.nextCursor); !status.isOk())
      return status;
    summary_.pulled += static_cast<int>(page.changes.size());
    position_.pulled += static_cast<int>(page.changes.size());
    report();
    cursor = page.nextCursor;
    *serverLastSeq = page.lastSeq;
    if (!page.hasMore) return Status::ok();
  }
}

RpcResult<PullPage> Synchronizer::pullPage(const QByteArray& cursor) {
  ++summary_.pullCalls;
  return withRetry<PullPage>(
      [&] { return transport_->pull(cursor, options_.pullPageSize, store_->referenceVersion()); });
}

Status enrolDevice(LocalStore* store, SyncTransport* transport, const QString& code,
                   const QString& deviceName, const QString& serverAddress, const QString& certificatePin,
                   SyncSummary* sentAgain) {
  RetryPolicy retry;
  const QByteArray attemptId = newAttemptId();
  QElapsedTimer elapsed;
  elapsed.start();
  RpcResult<EnrolReply> answer = transport->enroll(code, deviceName, attemptId);
  for (int busyCount = 0, lostCount = 0; !answer.ok();) {
    // A busy server did nothing and names its wait. A deadline or a dropped link may have lost an answer the
    // server committed: the same attempt id gets that device again, where a new one would find the code used.
    // Those are tried the policy's few times, so a wrong address is told within seconds, not a minute.
    std::chrono::milliseconds delay;
    const bool busy = answer.error.retryAfter.count() > 0;
    if (busy) {
      delay = retry.busyDelay(++busyCount, answer.error);
    } else if (retry.shouldRetry(answer.error, ++lostCount)) {
      busyCount = 0;
      delay = retry.delay(lostCount);
    } else {
      break;
    }
    if (std::chrono::milliseconds(elapsed.elapsed()) + delay > kEnrolPatience) break;
    std::this_thread::sleep_for(delay);
    if (sentAgain) ++(busy ? sentAgain->busyWaits : sentAgain->retries);
    answer = transport->enroll(code, deviceName, attemptId);
  }
  if (!answer.ok()) return statusFromRpcError(answer.error);
  const EnrolReply& reply = *answer.value;
  Account account;
  account.deviceId = reply.deviceId;
  account.credential = reply.credential;
  account.personId = reply.personId;
  account.personName = reply.personName;
  account.unitId = reply.unitId;
  account.serverAddress = serverAddress;
  account.serverEpoch = reply.serverEpoch;
  account.role = reply.role;
  account.certificatePin = certificatePin;
  if (Status status = store->saveAccount(account); !status.isOk()) return status;
  transport->setCredential(reply.credential);
  return Status::ok();
}

}  // namespace sohoi::client
