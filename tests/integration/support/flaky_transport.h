#pragma once
// A transport that loses calls on purpose: before they reach the server, or after the server acted but
// before its answer arrives (the case that makes resends and idempotence matter). Seeded, so a failing
// run can be replayed.
#include "sync/sync_transport.h"

#include <random>

namespace sohoi::testing {

class FlakyTransport final : public client::SyncTransport {
 public:
  FlakyTransport(client::SyncTransport* inner, quint64 seed) : inner_(inner), random_(seed) {}

  /// Probability (0–1) that a call is lost on the way out, and that its answer is lost on the way back.
  void setLoss(double before, double after) {
    lossBefore_ = before;
    lossAfter_ = after;
  }

  /// The next enrolments reach the server, which makes the device, and their answers are lost (as a
  /// DEADLINE_EXCEEDED under load). Enrolments are otherwise never lost: the loss rates are for syncs.
  void loseEnrolAnswers(int times) { lostEnrolAnswers_ = times; }

  client::RpcResult<client::EnrolReply> enroll(const QString& code, const QString& deviceName,
                                               const QByteArray& attemptId) override {
    client::RpcResult<client::EnrolReply> answer = inner_->enroll(code, deviceName, attemptId);
    if (!answer.ok() || lostEnrolAnswers_ == 0) return answer;
    --lostEnrolAnswers_;
    return client::RpcResult<client::EnrolReply>::failure(
        simulated(4, "DEADLINE_EXCEEDED", "Máy chủ trả lời quá muộn (giả lập)",
                  "The server answered too late (simulated)"));
  }
  client::RpcResult<client::PushReply> push(const std::vector<client::Mutation>& mutations) override {
    return lossy<client::PushReply>([&] { return inner_->push(mutations); });
  }
  /// Every pull fails (a link that drops after the push), until set back.
  void setPullsFail(bool fail) { pullsFail_ = fail; }

  client::RpcResult<client::PullPage> pull(const QByteArray& cursor, quint32 pageSize,
                                           const QString& referenceVersion) override {
    if (pullsFail_) return client::RpcResult<client::PullPage>::failure(lost());
    return lossy<client::PullPage>([&] { return inner_->pull(cursor, pageSize, referenceVersion); });
  }
  void setCredential(const QString& credential) override { inner_->setCredential(credential); }
  void setWaitingCount(quint32 count) override { inner_->setWaitingCount(count); }

 private:
  template <typename T, typename Call>
  client::RpcResult<T> lossy(Call&& call) {
    if (roll(lossBefore_)) return client::RpcResult<T>::failure(lost());
    client::RpcResult<T> result = call();
    if (roll(lossAfter_)) return client::RpcResult<T>::failure(lost());
    return result;
  }
  bool roll(double probability) { return std::uniform_real_distribution<double>(0, 1)(random_) < probability; }
  static client::RpcError lost() {
    return simulated(14, "UNAVAILABLE", "Mất kết nối (giả lập)", "Connection lost (simulated)");
  }
  // A transient failure as SyncClient reports one: the gRPC code, its name, words in both languages.
  static client::RpcError simulated(int grpcCode, const char* name, const char* vi, const char* en) {
    client::RpcError error;
    error.transient = true;
    error.grpcCode = grpcCode;
    error.reasonName = QString::fromLatin1(name);
    error.messageVi = QString::fromUtf8(vi);
    error.messageEn = QString::fromUtf8(en);
    return error;
  }

  client::SyncTransport* inner_;
  std::mt19937_64 random_;
  double lossBefore_ = 0;
  double lossAfter_ = 0;
  bool pullsFail_ = false;
  int lostEnrolAnswers_ = 0;
};

}  // namespace sohoi::testing
