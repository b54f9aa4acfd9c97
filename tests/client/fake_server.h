#pragma once
// An in-memory stand-in for sohoi-server behind the SyncTransport seam: per-device sequence numbers with
// gap refusal and answers replayed "as before", a commit-ordered change feed with an epoch in the cursor,
// scripted failures, and a restore to an earlier snapshot (new epoch). Enough to test the engine's rules
// without a process; the real server is exercised by tests/integration.
#include "sync/sync_transport.h"

#include <QSet>
#include <deque>
#include <functional>
#include <map>

namespace sohoi::client::test {

class FakeServer final : public SyncTransport {
 public:
  FakeServer();

  RpcResult<EnrolReply> enroll(const QString& code, const QString& deviceName, const QByteArray& attemptId) override;
  RpcResult<PushReply> push(const std::vector<Mutation>& mutations) override;
  /// Asks are recorded; the page is answered only when answersPullWithPush (else the push alone, as an older
  /// server answers).
  RpcResult<PushReply> pushThenPull(const std::vector<Mutation>& mutations, const PullAsk& then) override;
  RpcResult<PullPage> pull(const QByteArray& cursor, quint32 pageSize, const QString& referenceVersion) override;
  void setCredential(const QString& credential) override { credential_ = credential; }
  TrafficCounters traffic() const override { return traffic_; }

  /// The next calls fail with these errors, in order, before anything is done.
  void failNext(RpcError error, int times = 1);
  /// Called, on the calling thread, as each of those failures is answered.
  std::function<void()> onFailure;
  /// The next enrolments are made, and their answers lost on the way back (DEADLINE_EXCEEDED); from then on
  /// the code answers only a resend in the attempt that used it, as sohoi-server does.
  void loseEnrolAnswers(int times) { lostEnrolAnswers_ = times; }
  static RpcError unavailable();
  static RpcError deadlineExceeded();
  static RpcError updateNeeded();
  /// RESOURCE_EXHAUSTED with SERVER_BUSY, asking the device to wait retryAfter.
  static RpcError busy(std::chrono::milliseconds retryAfter);
  /// Versions whose title field equals this are refused with INVALID_FIELD.
  void rejectTitle(const QString& title) { rejectedTitle_ = title; }
  /// A change made by someone else, appended to the feed.
  void addForeignChange(const PulledChange& change);
  /// Forgets everything after the snapshot taken by snapshot(), under a new epoch.
  void snapshot();
  void restoreSnapshot();

  quint64 lastSeq() const { return lastSeq_; }
  int storedVersions() const { return static_cast<int>(feed_.size()); }
  bool hasVersion(const QString& versionId) const;
  std::vector<QByteArray> enrolAttempts;  // the attempt id of every enrolment call, in order
  int pushCalls = 0;
  int pullCalls = 0;
  /// Sent on a page from the start, and whenever the device holds another version.
  plan::ReferenceData reference;
  std::vector<QString> heldReferences;  // the reference version each pull said the device holds
  std::vector<quint64> pushedSeqs;  // every sequence number received, in order
  bool answersPullWithPush = false;
  std::vector<PullAsk> pullsAskedWithPush;

 private:
  std::optional<RpcError> takeFailure();
  /// The page after cursor, as pull() answers it once the call is counted and its failures are taken.
  RpcResult<PullPage> page(const QByteArray& cursor, quint32 pageSize, const QString& referenceVersion);

  QString epoch_;
  QString credential_;
  quint64 lastSeq_ = 0;
  std::map<quint64, MutationResult> answers_;
  std::vector<PulledChange> feed_;
  std::deque<RpcError> failures_;
  int lostEnrolAnswers_ = 0;
  std::optional<QByteArray> usedInAttempt_;  // the code was used: in which attempt
  QString rejectedTitle_;
  TrafficCounters traffic_;
  // snapshot
  quint64 savedSeq_ = 0;
  std::map<quint64, MutationResult> savedAnswers_;
  std::vector<PulledChange> savedFeed_;
  int epochCounter_ = 1;
};

}  // namespace sohoi::client::test
