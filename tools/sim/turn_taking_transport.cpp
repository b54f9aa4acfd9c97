#include "turn_taking_transport.h"

namespace sohoi::tools::sim {

using namespace sohoi::client;

TurnTakingTransport::TurnTakingTransport(SyncTransport& inner, CpuTurns* turns) : inner_(inner), turns_(turns) {}

TurnTakingTransport::~TurnTakingTransport() { end(); }

void TurnTakingTransport::begin() {
  if (!turns_ || held_) return;
  waitedNs_ += turns_->acquire();
  held_ = true;
}

void TurnTakingTransport::end() {
  if (!held_) return;
  turns_->release();
  held_ = false;
}

template <typename Call>
auto TurnTakingTransport::aside(Call&& call) {
  end();
  auto result = call();
  if (result.ok()) begin();
  return result;
}

RpcResult<EnrolReply> TurnTakingTransport::enroll(const QString& code, const QString& deviceName,
                                                  const QByteArray& attemptId) {
  return aside([&] { return inner_.enroll(code, deviceName, attemptId); });
}

RpcResult<PushReply> TurnTakingTransport::push(const std::vector<Mutation>& mutations) {
  return aside([&] { return inner_.push(mutations); });
}

RpcResult<PushReply> TurnTakingTransport::pushThenPull(const std::vector<Mutation>& mutations,
                                                       const PullAsk& then) {
  return aside([&] { return inner_.pushThenPull(mutations, then); });
}

RpcResult<PullPage> TurnTakingTransport::pull(const QByteArray& cursor, quint32 pageSize,
                                              const QString& referenceVersion) {
  return aside([&] { return inner_.pull(cursor, pageSize, referenceVersion); });
}

}  // namespace sohoi::tools::sim
