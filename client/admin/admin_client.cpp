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

}  // namespace

AdminClient::AdminClient(std::shared_ptr<grpc::Channel> channel, Options options)
    : stub_(std::make_unique<Stub>(Stub{v1::AdminService::NewStub(std::move(channel))})),
      options_(std::move(options)) {}

AdminClient::AdminClient(std::shared_ptr<grpc::Channel> channel) : AdminClient(std::move(channel), Options{}) {}

AdminClient::~AdminClient() = default;

RpcResult<AdminSession> AdminClient::signIn(const QString& username, const QString& password,
                                            const QString& workstation) {
  v1::SignInRequest request;
  fillClientInfo(request.mutable_client(), options_.appVersion);
  request.set_username(username.toStdString());
  request.set_password(password.toStdString());
  request.set_workstation(workstation.toStdString());
  grpc::ClientContext context;
  prepareCall(&context, options_.deadline, {});  // the one call without a token
  v1::SignInResponse response;
  const grpc::Status status = stub_->stub->SignIn(&context, request, &response);
  if (!status.ok()) return RpcResult<AdminSession>::failure(toRpcError(status, context));
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
  fillClientInfo(request.mutable_client(), options_.appVersion);
  request.set_unit_id(unitId.toStdString());
  request.set_person_name(personName.toStdString());
  request.set_role(role.toStdString());
  grpc::ClientContext context;
  prepareCall(&context, options_.deadline, token_);
  v1::IssueEnrolmentCodeResponse response;
  const grpc::Status status = stub_->stub->IssueEnrolmentCode(&context, request, &response);
  if (!status.ok()) return RpcResult<EnrolmentCode>::failure(toRpcError(status, context));
  EnrolmentCode code;
  code.code = QString::fromStdString(response.code());
  code.personId = idFromBytes(response.person_id());
  code.unitId = QString::fromStdString(response.unit_id());
  code.expiresAtMs = static_cast<qint64>(response.expires_at_ms());
  return RpcResult<EnrolmentCode>::success(code);
}

RpcResult<std::monostate> AdminClient::signOut() {
  v1::SignOutRequest request;
  fillClientInfo(request.mutable_client(), options_.appVersion);
  grpc::ClientContext context;
  prepareCall(&context, options_.deadline, token_);
  v1::SignOutResponse response;
  const grpc::Status status = stub_->stub->SignOut(&context, request, &response);
  if (!status.ok()) return RpcResult<std::monostate>::failure(toRpcError(status, context));
  token_.clear();
  return RpcResult<std::monostate>::success({});
}

}  // namespace sohoi::client
