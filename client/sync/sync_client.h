#pragma once
// The device's gRPC client: the only code on the device that sees protobuf or gRPC. It turns domain types
// into sohoi.v1 messages and back (shared/wire/record_codec.h), puts the bearer token and a ClientInfo on
// every call, sets a deadline on every call, and maps failures to RpcError.
//
// Threading: one SyncClient is used by one thread at a time; several SyncClients may share a channel.
#include "sync_transport.h"

#include <chrono>
#include <memory>

namespace grpc {
class Channel;
}

namespace sohoi::v1 {
class PullRequest;
}

namespace sohoi::client {

class SyncClient final : public SyncTransport {
 public:
  struct Options {
    std::chrono::milliseconds enrollDeadline{10000};
    std::chrono::milliseconds pushDeadline{15000};
    std::chrono::milliseconds pullDeadline{15000};
    QString appVersion = QStringLiteral("0.1.0");
  };

  /// Whether a channel carries its calls over the connection gRPC keeps for every channel of this process
  /// to the same address (one HTTP/2 connection multiplexes them all), or dials one of its own, as a
  /// separate tablet does: the fleet simulator's devices, when they are to cost the server what tablets do.
  enum class Connection { Shared, Own };

  /// A channel to address ("host:port") with gzip, keepalive no more often than once a minute and 4 MB
  /// message limits. With a certificate pin (net/certificate_pin.h): TLS accepting that certificate
  /// only; without: plaintext to loopback addresses, TLS checked by authorities to everything else.
  static std::shared_ptr<grpc::Channel> makeChannel(const QString& address, const QString& pin = {},
                                                    Connection connection = Connection::Shared);

  SyncClient(std::shared_ptr<grpc::Channel> channel, Options options);
  explicit SyncClient(std::shared_ptr<grpc::Channel> channel);
  /// A client with its own channel to address (see makeChannel for pin).
  explicit SyncClient(const QString& address, const QString& pin = {});
  ~SyncClient() override;

  RpcResult<EnrolReply> enroll(const QString& code, const QString& deviceName, const QByteArray& attemptId) override;
  RpcResult<PushReply> push(const std::vector<Mutation>& mutations) override;
  RpcResult<PushReply> pushThenPull(const std::vector<Mutation>& mutations, const PullAsk& then) override;
  RpcResult<PullPage> pull(const QByteArray& cursor, quint32 pageSize, const QString& referenceVersion) override;
  void setCredential(const QString& credential) override { credential_ = credential; }
  TrafficCounters traffic() const override { return traffic_; }
  void setWaitingCount(quint32 count) override { waiting_ = count; }
  void reconnectNow() override;
  /// The server's own time (wire/server_timing.h) over the calls this client made, as the server told it.
  std::chrono::microseconds serverTime() const { return serverTime_; }

 private:
  /// Push, with then's page asked for when set.
  RpcResult<PushReply> sendPush(const std::vector<Mutation>& mutations, const PullAsk* then);
  /// A pull request for ask, as this app asks it.
  v1::PullRequest pullRequest(const PullAsk& ask) const;

  struct Stub;
  std::unique_ptr<Stub> stub_;
  Options options_;
  QString credential_;
  TrafficCounters traffic_;
  std::chrono::microseconds serverTime_{0};
  quint32 waiting_ = 0;
};

}  // namespace sohoi::client
