#pragma once
// AdminService spoken directly on the wire, as a desktop app or an independent client would: sign in
// with a user name and password, or call with a device credential.
#include "raw_device.h"

#include "sohoi/v1/admin.grpc.pb.h"

namespace sohoi::testing {

class AdminClient {
 public:
  explicit AdminClient(const QString& address);

  /// Signs in; on success the session token is sent with every later call.
  CallResult signIn(const std::string& username, const std::string& password, const std::string& workstation,
                    v1::SignInResponse* response = nullptr);
  CallResult signOut();
  CallResult issueCode(const std::string& unitId, const std::string& role, v1::IssueEnrolmentCodeResponse* response = nullptr);
  CallResult listCodes(const std::string& unitId, v1::ListEnrolmentCodesResponse* response = nullptr);
  CallResult listDevices(const std::string& unitId, v1::ListDevicesResponse* response = nullptr);
  CallResult revokeDevice(const std::string& deviceId, v1::RevokeDeviceResponse* response = nullptr);
  CallResult listAccounts(const std::string& unitId, v1::ListAccountsResponse* response = nullptr);
  CallResult listAudit(const std::string& unitId, v1::ListAuditResponse* response = nullptr);
  CallResult callTimes(v1::GetCallTimesResponse* response = nullptr);

  /// The bearer token sent: a device credential or a session token.
  void setToken(const std::string& token) { token_ = token; }
  const std::string& token() const { return token_; }
  /// The ClientInfo every request carries; tests lower schema_version to play an old app.
  v1::ClientInfo client;

 private:
  template <typename Request, typename Response, typename Call>
  CallResult call(Call method, Request request, Response* response);

  std::unique_ptr<v1::AdminService::Stub> stub_;
  std::string token_;
};

/// Makes a desktop account with sohoi-admin create-account, its password given in a file in dir, and
/// returns that file's path; throws when that fails.
QString createAccount(const QString& dbSpec, const QString& dir, const QString& username, const QString& password,
                   const QString& unitId, const QString& role);

}  // namespace sohoi::testing
