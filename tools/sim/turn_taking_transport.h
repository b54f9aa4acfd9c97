#pragma once
// A simulated device's transport that gives up its CPU turn (cpu_turns.h) for the time of each call to the
// server and takes one again for the work that follows, adding up how long it waited for turns. A call
// that fails leaves the device without a turn: what follows is a wait before trying again (a busy server
// names one), or the end of its sync. Threading: one caller at a time, as any SyncTransport.
#include "cpu_turns.h"

#include "sync/sync_transport.h"

namespace sohoi::tools::sim {

class TurnTakingTransport : public client::SyncTransport {
 public:
  /// turns: null for a device that runs without turns (then this only passes calls on).
  TurnTakingTransport(client::SyncTransport& inner, CpuTurns* turns);
  ~TurnTakingTransport() override;  // gives back a turn still held
  TurnTakingTransport(const TurnTakingTransport&) = delete;
  TurnTakingTransport& operator=(const TurnTakingTransport&) = delete;

  /// Takes a turn for the device's first work.
  void begin();
  /// Gives the turn back after its last.
  void end();
  /// How long the device has waited for turns, in milliseconds.
  qint64 waitedMs() const { return waitedNs_ / 1000000; }

  client::RpcResult<client::EnrolReply> enroll(const QString& code, const QString& deviceName,
                                               const QByteArray& attemptId) override;
  client::RpcResult<client::PushReply> push(const std::vector<client::Mutation>& mutations) override;
  client::RpcResult<client::PushReply> pushThenPull(const std::vector<client::Mutation>& mutations,
                                                    const client::PullAsk& then) override;
  client::RpcResult<client::PullPage> pull(const QByteArray& cursor, quint32 pageSize,
                                           const QString& referenceVersion) override;
  void setCredential(const QString& credential) override { inner_.setCredential(credential); }
  client::TrafficCounters traffic() const override { return inner_.traffic(); }
  void setWaitingCount(quint32 count) override { inner_.setWaitingCount(count); }
  void reconnectNow() override { inner_.reconnectNow(); }

 private:
  // Runs call without a turn, and takes one again after it when it succeeded.
  template <typename Call>
  auto aside(Call&& call);

  client::SyncTransport& inner_;
  CpuTurns* turns_;
  bool held_ = false;
  qint64 waitedNs_ = 0;
};

}  // namespace sohoi::tools::sim
