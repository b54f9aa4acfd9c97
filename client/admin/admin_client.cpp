#include "admin_client.h"

#include "ids/uuid7.h"
#include "sohoi/v1/admin.grpc.pb.h"
#include "sync/rpc_call.h"

#include <grpcpp/grpcpp.h>

namespace sohoi::client {

struct AdminClient::Stub {
  std::unique_ptr<v1::AdminService::Stub> stub;
};

namespace {

QString idFromBytes(const std::string& bytes) { return uuidFromBytes(QByteArray::fromStdString(bytes)); }

// Sends request through method with the ClientInfo, the deadline and, when not empty, the bearer token;
// the failure in words, or nullopt when the call succeeded.
template <typename Method, typename Request, typename Response>
std::optional<RpcError> call(v1::AdminService::Stub& stub, Method method, const AdminClient::Options& options,
                             const QString& token, Request request, Response* response) {
  fillClientInfo(request.mutable_client(), options.appVersion);
  grpc::ClientContext context;
  prepareCall(&context, options.deadline, token);
  const grpc::Status status = (stub.*method)(&context, request, response);
  if (status.ok()) return std::nullopt;
  return toRpcError(status, context);
}

}  // namespace

AdminClient::AdminClient(std::shared_ptr<grpc::Channel> channel, Options options)
    : stub_(std::make_unique<Stub>(Stub{v1::AdminService::NewStub(std::move(channel))})),
      options_(std::move(options)) {}

AdminClient::AdminClient(std::shared_ptr<grpc::Channel> channel) : AdminClient(std::move(channel), Options{}) {}

AdminClient::~AdminClient() = default;

RpcResult<AdminSession> AdminClient::signIn(const QString& username, const QString& password,
                                            const QString& workstation) {
  v1::SignInRequest request;
  request.set_username(username.toStdString());
  request.set_password(password.toStdString());
  request.set_workstation(workstation.toStdString());
  v1::SignInResponse response;
  // The one call without a token.
  if (auto error = call(*stub_->stub, &v1::AdminService::Stub::SignIn, options_, {}, request, &response))
    return RpcResult<AdminSession>::failure(*error);
  AdminSession session;
  session.token = QString::fromStdString(response.session_token());
  session.expiresAtMs = static_cast<qint64>(response.expires_at_ms());
  session.deviceId = idFromBytes(response.device_id());
  session.personId = idFromBytes(response.person_id());
  session.personName = QString::fromStdString(response.person_name());
  session.unitId = QString::fromStdString(response.unit_id());
  session.role = QString::fromStdString(response.role());
  session.serverEpoch = QString::fromStdString(response.server_epoch());
  session.lastSeq = response.last_seq();
  token_ = session.token;
  return RpcResult<AdminSession>::success(session);
}

RpcResult<EnrolmentCode> AdminClient::issueEnrolmentCode(const QString& unitId, const QString& personName,
                                                         const QString& role) {
  v1::IssueEnrolmentCodeRequest request;
  request.set_unit_id(unitId.toStdString());
  request.set_person_name(personName.toStdString());
  request.set_role(role.toStdString());
  v1::IssueEnrolmentCodeResponse response;
  if (auto error = call(*stub_->stub, &v1::AdminService::Stub::IssueEnrolmentCode, options_, token_, request, &response))
    return RpcResult<EnrolmentCode>::failure(*error);
  EnrolmentCode code;
  code.code = QString::fromStdString(response.code());
  code.personId = idFromBytes(response.person_id());
  code.unitId = QString::fromStdString(response.unit_id());
  code.expiresAtMs = static_cast<qint64>(response.expires_at_ms());
  return RpcResult<EnrolmentCode>::success(code);
}

RpcResult<std::monostate> AdminClient::signOut() {
  v1::SignOutResponse response;
  if (auto error = call(*stub_->stub, &v1::AdminService::Stub::SignOut, options_, token_, v1::SignOutRequest(), &response))
    return RpcResult<std::monostate>::failure(*error);
  token_.clear();
  return RpcResult<std::monostate>::success({});
}

}  // namespace sohoi::client
