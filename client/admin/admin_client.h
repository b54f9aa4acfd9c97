#pragma once
// A person's client for sohoi.v1.AdminService: sign in at a desktop with an account, issue enrolment
// codes, sign out. Like SyncClient it is the only code on its side that sees protobuf: answers come back
// as the types below, failures as RpcError in Vietnamese and English. After signIn the session token
// goes with every call; the same token lets a SyncClient push and pull as the session's workstation
// device (a signed-in session syncs like a device, with the account's role and unit).
//
// Threading: one caller at a time; several clients may share a channel (SyncClient::makeChannel).
#include "oversight_types.h"
#include "sync/sync_transport.h"

#include <chrono>
#include <memory>
#include <variant>
#include <vector>

namespace grpc {
class Channel;
}

namespace sohoi::client {

/// A signed-in session (phiên đăng nhập), as SignIn answered it.
struct AdminSession {
  QString token;         // secret: the bearer token of every later call
  qint64 expiresAtMs = 0;
  QString deviceId;      // the workstation's device, what the session pushes and pulls as
  QString personId;
  QString personName;
  QString unitId;        // the session's scope: this unit and everything under it
  QString role;          // a name of shared/auth/role.h
  QString serverEpoch;
  quint64 lastSeq = 0;   // the workstation device's last sequence the server holds
};

/// A one-time enrolment code (mã đăng ký) for a new person, shown to that person once.
struct EnrolmentCode {
  QString code;
  QString personId;
  QString unitId;
  qint64 expiresAtMs = 0;
};

class AdminClient {
 public:
  struct Options {
    std::chrono::milliseconds deadline{10000};
    QString appVersion = QStringLiteral("0.1.0");
  };

  AdminClient(std::shared_ptr<grpc::Channel> channel, Options options);
  explicit AdminClient(std::shared_ptr<grpc::Channel> channel);
  ~AdminClient();

  /// Signs in as username at workstation (a name that stays the same on one computer); on success the
  /// session's token is sent with every later call.
  RpcResult<AdminSession> signIn(const QString& username, const QString& password, const QString& workstation);
  /// A code for personName to enrol a device at unitId, in role (empty: the unit level's usual role).
  RpcResult<EnrolmentCode> issueEnrolmentCode(const QString& unitId, const QString& personName,
                                              const QString& role = {});
  /// Calls go with token: the session a workspace signed in with earlier (kept in its store).
  void setToken(const QString& token) { token_ = token; }
  /// Ends the session; later calls carry no token.
  RpcResult<std::monostate> signOut();
  /// The devices working in unitId's subtree (empty: the session's unit) that the caller may see, newest first.
  RpcResult<std::vector<ManagedDevice>> listDevices(const QString& unitId = {});
  /// Revokes the device: its next call is refused. When it was revoked (the same again for a revoked one).
  RpcResult<qint64> revokeDevice(const QString& deviceId);
  /// The enrolment codes issued in unitId's subtree (empty: the session's unit), newest first.
  RpcResult<std::vector<IssuedCode>> listEnrolmentCodes(const QString& unitId = {});
  /// Every branch in unitId's subtree (empty: the session's unit) with its devices' syncing, worst first;
  /// silentAfterDays 0 is the server's default (7), otherwise 1–365.
  RpcResult<SyncHealth> syncHealth(const QString& unitId, int silentAfterDays);
  /// How long the server process that answers took to answer its calls, method by method.
  RpcResult<ServerCallTimes> callTimes();

 private:
  struct Stub;
  std::unique_ptr<Stub> stub_;
  Options options_;
  QString token_;
};

}  // namespace sohoi::client
