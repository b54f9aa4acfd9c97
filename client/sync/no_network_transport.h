#pragma once
// A device with no signal: every call fails as gRPC does when no server can be reached (UNAVAILABLE,
// transient). The screenshots show the offline pages with it, and tests stand in for a dead network.
#include "sync_transport.h"

namespace sohoi::client {

class NoNetworkTransport final : public SyncTransport {
 public:
  RpcResult<EnrolReply> enroll(const QString&, const QString&, const QByteArray&) override {
    return unreachable<EnrolReply>();
  }
  RpcResult<PushReply> push(const std::vector<Mutation>&) override { return unreachable<PushReply>(); }
  RpcResult<PullPage> pull(const QByteArray&, quint32, const QString&) override { return unreachable<PullPage>(); }
  void setCredential(const QString&) override {}

 private:
  template <typename T>
  static RpcResult<T> unreachable() {
    RpcError error;
    error.transient = true;
    error.grpcCode = 14;  // grpc::StatusCode::UNAVAILABLE
    error.reasonName = QStringLiteral("UNAVAILABLE");
    return RpcResult<T>::failure(error);
  }
};

}  // namespace sohoi::client
