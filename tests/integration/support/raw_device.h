#pragma once
// A device speaking the wire protocol directly, without the client library: lets tests send exactly
// the bytes they want (replays, gaps, malformed and oversized requests, old schema versions).
#include "domain/record_version.h"
#include "sohoi/v1/sync.grpc.pb.h"

#include <QString>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <functional>
#include <memory>
#include <string>

namespace sohoi::testing {

struct CallResult {
  grpc::Status status;
  std::string reason;  // the sohoi-reason trailer, if any
  std::string retryAfterMs;  // the retry-after-ms trailer, if any (SERVER_BUSY)
};

/// A finished call's status and its sohoi-reason trailer.
CallResult resultOf(const grpc::Status& status, const grpc::ClientContext& context);

class RawDevice {
 public:
  explicit RawDevice(const QString& address);

  /// Enrols with a one-time code; on success the credential is used for every later call.
  CallResult enroll(const std::string& code);
  CallResult push(const v1::PushRequest& request, v1::PushResponse* response);
  /// Pushes one new activity in this device's unit as sequence number seq; the call's status.
  grpc::Status pushOneActivity(quint64 seq);
  /// Starts a push and returns once it is started: it goes on the wire before any call made after this
  /// returns. done runs with its status on a gRPC thread. REQUIRES: context, request and response outlive it.
  void startPush(grpc::ClientContext* context, const v1::PushRequest& request, v1::PushResponse* response,
                 std::function<void(grpc::Status)> done);
  CallResult pull(const v1::PullRequest& request, v1::PullResponse* response);
  /// Sends bytes as they are, valid or not, as the request of method (a methodPath() of any service on the
  /// server), with this device's credential.
  CallResult callRaw(const std::string& method, const std::string& bytes);
  /// Pulls every page from the start and returns all changes.
  std::vector<v1::Change> pullAll();

  /// A valid activity in unit, made by this device.
  RecordVersion newActivity(const QString& unitId, const QString& title = QStringLiteral("Sinh hoạt chi hội"));
  /// A push request for versions numbered from firstSeq.
  v1::PushRequest pushRequest(const std::vector<RecordVersion>& versions, quint64 firstSeq) const;
  v1::ClientInfo clientInfo() const;

  const v1::EnrollResponse& enrolment() const { return enrolment_; }
  QString unitId() const { return QString::fromStdString(enrolment_.unit_id()); }
  void setCredential(const std::string& credential) { credential_ = credential; }

 private:
  void prepare(grpc::ClientContext* context) const;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::SyncService::Stub> stub_;
  grpc::GenericStub generic_;
  v1::EnrollResponse enrolment_;
  std::string credential_;
};

/// "/<service>/<method>", the path gRPC calls a method by: methodPath(v1::SyncService::service_full_name(),
/// "Push").
std::string methodPath(const char* service, const char* method);

/// Issues an enrolment code with sohoi-admin for a person in unit, in role (empty: the unit level's);
/// throws when that fails.
std::string issueCode(const QString& dbSpec, const QString& unitId, const QString& person = QStringLiteral("Nguyễn Thị Test"),
                      const QString& role = {});

}  // namespace sohoi::testing
