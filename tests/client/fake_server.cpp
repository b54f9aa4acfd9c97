#include "fake_server.h"

#include "test_support.h"

namespace sohoi::client::test {

namespace {

QByteArray makeCursor(const QString& epoch, qsizetype position) {
  return epoch.toUtf8() + '|' + QByteArray::number(position);
}

// A failure of the link, as the real transport reports one: worth sending again.
RpcError transientError(int grpcCode, const QString& name, const QString& vi, const QString& en) {
  RpcError error;
  error.transient = true;
  error.grpcCode = grpcCode;
  error.reasonName = name;
  error.messageVi = vi;
  error.messageEn = en;
  return error;
}

}  // namespace

FakeServer::FakeServer() : reference{QStringLiteral("reference-1"), smallTree(), std::nullopt, {}}, epoch_(QStringLiteral("epoch-1")) {}

RpcError FakeServer::unavailable() {
  return transientError(14, QStringLiteral("UNAVAILABLE"), QStringLiteral("Không kết nối được máy chủ"),
                        QStringLiteral("Cannot reach the server"));
}

RpcError FakeServer::deadlineExceeded() {
  return transientError(4, QStringLiteral("DEADLINE_EXCEEDED"), QStringLiteral("Máy chủ không trả lời kịp"),
                        QStringLiteral("The server did not answer in time"));
}

RpcError FakeServer::busy(std::chrono::milliseconds retryAfter) {
  RpcError error;
  error.transient = true;
  error.grpcCode = 8;
  error.reason = ReasonCode::ServerBusy;
  error.reasonName = QStringLiteral("SERVER_BUSY");
  error.retryAfter = retryAfter;
  return error;
}

RpcError FakeServer::updateNeeded() {
  RpcError error;
  error.grpcCode = 9;
  error.reason = ReasonCode::UpdateNeeded;
  error.reasonName = QStringLiteral("UPDATE_NEEDED");
  error.messageVi = rejectionFor(ReasonCode::UpdateNeeded).messageVi;
  error.messageEn = rejectionFor(ReasonCode::UpdateNeeded).messageEn;
  return error;
}

void FakeServer::failNext(RpcError error, int times) {
  for (int i = 0; i < times; ++i) failures_.push_back(error);
}

std::optional<RpcError> FakeServer::takeFailure() {
  if (failures_.empty()) return std::nullopt;
  RpcError error = failures_.front();
  failures_.pop_front();
  if (onFailure) onFailure();
  return error;
}

RpcResult<EnrolReply> FakeServer::enroll(const QString&, const QString&, const QByteArray& attemptId) {
  enrolAttempts.push_back(attemptId);
  if (auto failure = takeFailure()) return RpcResult<EnrolReply>::failure(*failure);
  if (usedInAttempt_ && (attemptId.isEmpty() || attemptId != *usedInAttempt_)) {
    RpcError used;
    used.grpcCode = 16;  // UNAUTHENTICATED
    used.reason = ReasonCode::BadEnrolmentCode;
    used.reasonName = QStringLiteral("BAD_ENROLMENT_CODE");
    return RpcResult<EnrolReply>::failure(used);
  }
  if (lostEnrolAnswers_ > 0) {
    --lostEnrolAnswers_;
    usedInAttempt_ = attemptId;
    return RpcResult<EnrolReply>::failure(deadlineExceeded());
  }
  return RpcResult<EnrolReply>::success({QStringLiteral("0192f3c4-0000-7000-8000-000000000001"), QStringLiteral("secret"),
                                         QStringLiteral("0192f3c4-0000-7000-8000-0000000000aa"),
                                         QStringLiteral("Hoàng Thị Mai"), QStringLiteral("C"), epoch_, QStringLiteral("commune_officer")});
}

RpcResult<PushReply> FakeServer::push(const std::vector<Mutation>& mutations) {
  ++pushCalls;
  if (auto failure = takeFailure()) return RpcResult<PushReply>::failure(*failure);
  traffic_.pushRequestBytes += static_cast<qint64>(mutations.size()) * 100;
  PushReply reply;
  reply.serverEpoch = epoch_;
  if (!mutations.empty() && mutations.front().seq > lastSeq_ + 1) {
    reply.sequenceGap = true;
    reply.lastSeq = lastSeq_;
    return RpcResult<PushReply>::success(reply);
  }
  for (const Mutation& mutation : mutations) {
    pushedSeqs.push_back(mutation.seq);
    if (mutation.seq <= lastSeq_) {
      if (answers_.count(mutation.seq)) reply.results.push_back(answers_[mutation.seq]);
      continue;
    }
    MutationResult result{mutation.seq, Outcome::Accepted, {}};
    if (!rejectedTitle_.isEmpty() && mutation.version.fields.value(QStringLiteral("title")) == rejectedTitle_) {
      result.outcome = Outcome::Rejected;
      result.rejection = {ReasonCode::InvalidField, QStringLiteral("title"), QStringLiteral("Tên không hợp lệ"),
                          QStringLiteral("The title is not valid")};
    } else {
      feed_.push_back({mutation.version, mutation.version.versionId, ConflictState::None});
    }
    answers_[mutation.seq] = result;
    lastSeq_ = mutation.seq;
    reply.results.push_back(result);
  }
  reply.lastSeq = lastSeq_;
  return RpcResult<PushReply>::success(reply);
}

RpcResult<PushReply> FakeServer::pushThenPull(const std::vector<Mutation>& mutations, const PullAsk& then) {
  pullsAskedWithPush.push_back(then);
  RpcResult<PushReply> answer = push(mutations);
  if (answersPullWithPush && answer.ok() && !answer.value->sequenceGap)
    answer.value->pulled = page(then.cursor, then.pageSize, then.referenceVersion);
  return answer;
}

RpcResult<PullPage> FakeServer::pull(const QByteArray& cursor, quint32 pageSize, const QString& referenceVersion) {
  ++pullCalls;
  heldReferences.push_back(referenceVersion);
  if (auto failure = takeFailure()) return RpcResult<PullPage>::failure(*failure);
  return page(cursor, pageSize, referenceVersion);
}

RpcResult<PullPage> FakeServer::page(const QByteArray& cursor, quint32 pageSize,
                                     const QString& referenceVersion) {
  PullPage page;
  page.serverEpoch = epoch_;
  qsizetype position = 0;
  if (!cursor.isEmpty()) {
    const QList<QByteArray> parts = cursor.split('|');
    if (parts.size() == 2 && QString::fromUtf8(parts[0]) == epoch_ && parts[1].toLongLong() <= static_cast<qint64>(feed_.size()))
      position = parts[1].toLongLong();
    else
      page.reset = true;
  }
  if (position == 0 || referenceVersion != reference.version) page.reference = reference;
  const qsizetype end = std::min<qsizetype>(feed_.size(), position + pageSize);
  for (qsizetype i = position; i < end; ++i) page.changes.push_back(feed_[static_cast<size_t>(i)]);
  page.nextCursor = makeCursor(epoch_, end);
  page.hasMore = end < static_cast<qsizetype>(feed_.size());
  page.lastSeq = lastSeq_;
  traffic_.pullResponseBytes += static_cast<qint64>(page.changes.size()) * 100;
  return RpcResult<PullPage>::success(page);
}

void FakeServer::addForeignChange(const PulledChange& change) { feed_.push_back(change); }

bool FakeServer::hasVersion(const QString& versionId) const {
  for (const PulledChange& change : feed_)
    if (change.version.versionId == versionId) return true;
  return false;
}

void FakeServer::snapshot() {
  savedSeq_ = lastSeq_;
  savedAnswers_ = answers_;
  savedFeed_ = feed_;
}

void FakeServer::restoreSnapshot() {
  lastSeq_ = savedSeq_;
  answers_ = savedAnswers_;
  feed_ = savedFeed_;
  epoch_ = QStringLiteral("epoch-%1").arg(++epochCounter_);
}

}  // namespace sohoi::client::test
