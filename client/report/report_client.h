#pragma once
// The workspace's client for sohoi.v1.ReportService: progress toward the plan for a unit and its children.
// Like SyncClient and AdminClient it is the only code on its side that sees this service's protobuf:
// answers come back as ProgressAnswer, failures as RpcError in Vietnamese and English.
//
// Threading: one caller at a time; several clients may share a channel (SyncClient::makeChannel).
#include "progress_answer.h"
#include "sync/sync_transport.h"

#include <chrono>
#include <memory>

namespace grpc {
class Channel;
}

namespace sohoi::client {

class ReportClient {
 public:
  struct Options {
    // Reading a past quarter is counted afresh on the server: seconds at province scale.
    std::chrono::milliseconds deadline{30000};
    QString appVersion = QStringLiteral("0.1.0");
  };

  ReportClient(std::shared_ptr<grpc::Channel> channel, Options options);
  explicit ReportClient(std::shared_ptr<grpc::Channel> channel);
  ~ReportClient();

  /// The bearer token of every call: a device credential or a signed-in session's token.
  void setCredential(const QString& credential) { credential_ = credential; }

  /// The unit (empty: the caller's own) and its children childDepth levels deep, read on asOf
  /// ("yyyy-MM-dd" within the plan's year; empty: today).
  RpcResult<ProgressAnswer> getProgress(const QString& unitId, int childDepth, const QString& asOf);

 private:
  struct Stub;
  std::unique_ptr<Stub> stub_;
  Options options_;
  QString credential_;
};

}  // namespace sohoi::client
