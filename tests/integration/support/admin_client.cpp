#include "admin_client.h"

#include "server_process.h"

#include "schema_version.h"

#include <QDir>
#include <QFile>
#include <chrono>
#include <stdexcept>

namespace sohoi::testing {

AdminClient::AdminClient(const QString& address)
    : stub_(v1::AdminService::NewStub(
          grpc::CreateChannel(address.toStdString(), grpc::InsecureChannelCredentials()))) {
  client.set_schema_version(kSchemaVersion);
  client.set_app_version("test");
}

template <typename Request, typename Response, typename Call>
CallResult AdminClient::call(Call method, Request request, Response* response) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
  if (!token_.empty()) context.AddMetadata("authorization", "Bearer " + token_);
  *request.mutable_client() = client;
  Response ignored;
  const grpc::Status status = (stub_.get()->*method)(&context, request, response ? response : &ignored);
  return resultOf(status, context);
}

CallResult AdminClient::signIn(const std::string& username, const std::string& password,
                               const std::string& workstation, v1::SignInResponse* response) {
  v1::SignInRequest request;
  request.set_username(username);
  request.set_password(password);
  request.set_workstation(workstation);
  v1::SignInResponse answer;
  const CallResult result = call(&v1::AdminService::Stub::SignIn, request, &answer);
  if (result.status.ok()) token_ = answer.session_token();
  if (response) *response = answer;
  return result;
}

CallResult AdminClient::signOut() {
  return call(&v1::AdminService::Stub::SignOut, v1::SignOutRequest(), static_cast<v1::SignOutResponse*>(nullptr));
}

CallResult AdminClient::issueCode(const std::string& unitId, const std::string& role,
                                  v1::IssueEnrolmentCodeResponse* response) {
  v1::IssueEnrolmentCodeRequest request;
  request.set_unit_id(unitId);
  request.set_person_name("Nguyễn Thị Mới");
  request.set_role(role);
  return call(&v1::AdminService::Stub::IssueEnrolmentCode, request, response);
}

CallResult AdminClient::listCodes(const std::string& unitId, v1::ListEnrolmentCodesResponse* response) {
  v1::ListEnrolmentCodesRequest request;
  request.set_unit_id(unitId);
  return call(&v1::AdminService::Stub::ListEnrolmentCodes, request, response);
}

CallResult AdminClient::listDevices(const std::string& unitId, v1::ListDevicesResponse* response) {
  v1::ListDevicesRequest request;
  request.set_unit_id(unitId);
  return call(&v1::AdminService::Stub::ListDevices, request, response);
}

CallResult AdminClient::revokeDevice(const std::string& deviceId, v1::RevokeDeviceResponse* response) {
  v1::RevokeDeviceRequest request;
  request.set_device_id(deviceId);
  return call(&v1::AdminService::Stub::RevokeDevice, request, response);
}

CallResult AdminClient::listAccounts(const std::string& unitId, v1::ListAccountsResponse* response) {
  v1::ListAccountsRequest request;
  request.set_unit_id(unitId);
  return call(&v1::AdminService::Stub::ListAccounts, request, response);
}

CallResult AdminClient::listAudit(const std::string& unitId, v1::ListAuditResponse* response) {
  v1::ListAuditRequest request;
  request.set_unit_id(unitId);
  return call(&v1::AdminService::Stub::ListAudit, request, response);
}

CallResult AdminClient::callTimes(v1::GetCallTimesResponse* response) {
  return call(&v1::AdminService::Stub::GetCallTimes, v1::GetCallTimesRequest(), response);
}

QString createAccount(const QString& dbSpec, const QString& dir, const QString& username, const QString& password,
                   const QString& unitId, const QString& role) {
  QFile file(QDir(dir).filePath(username + QStringLiteral(".password")));
  if (!file.open(QIODevice::WriteOnly)) throw std::runtime_error("cannot write the password file");
  file.write(password.toUtf8() + "\n");
  file.close();
  QString output;
  const int exitCode = runAdmin({QStringLiteral("--db"), dbSpec, QStringLiteral("create-account"), QStringLiteral("--username"),
                                 username, QStringLiteral("--person"), QStringLiteral("Lê Thị Lan"), QStringLiteral("--unit"),
                                 unitId, QStringLiteral("--role"), role, QStringLiteral("--password-file"), file.fileName()},
                                &output);
  if (exitCode != 0) throw std::runtime_error("create-account failed: " + output.toStdString());
  return file.fileName();
}

}  // namespace sohoi::testing
