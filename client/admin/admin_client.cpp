#include "admin_client.h"

#include "ids/uuid7.h"
#include "sohoi/v1/admin.grpc.pb.h"
#include "sync/rpc_call.h"

#include <grpcpp/grpcpp.h>

#include <algorithm>

namespace sohoi::client {

struct AdminClient::Stub {
  std::unique_ptr<v1::AdminService::Stub> stub;
};

namespace {

// Sends request through method with the ClientInfo, the deadline and, when not empty, the bearer token;
// the failure in words, or nullopt when the call succeeded.
template <typename Method, typename Request, typename Response>
std::optional<RpcError> call(v1::AdminService::Stub& stub, Method method, const AdminClient::Options& options,
                             const QString& token, Request request, Response* response) {
  fillClientInfo(request.mutable_client(), options.appVersion);
  grpc::ClientContext context;
  prepareCall(&context, options.deadline, token, request.ByteSizeLong());
  const grpc::Status status = (stub.*method)(&context, request, response);
  if (status.ok()) return std::nullopt;
  return toRpcError(status, context);
}

ManagedDevice deviceFrom(const v1::DeviceInfo& in) {
  return {uuidFromBytes(in.device_id()),
          uuidFromBytes(in.person_id()),
          QString::fromStdString(in.person_name()),
          QString::fromStdString(in.unit_id()),
          QString::fromStdString(in.name()),
          QString::fromStdString(in.role()),
          static_cast<qint64>(in.enrolled_at_ms()),
          static_cast<qint64>(in.revoked_at_ms()),
          static_cast<qint64>(in.last_seen_at_ms()),
          in.last_seq(),
          in.clock_offset_ms()};
}

IssuedCode codeFrom(const v1::EnrolmentCodeInfo& in) {
  return {QString::fromStdString(in.code()),
          uuidFromBytes(in.person_id()),
          QString::fromStdString(in.unit_id()),
          static_cast<qint64>(in.created_at_ms()),
          static_cast<qint64>(in.expires_at_ms()),
          static_cast<qint64>(in.used_at_ms()),
          uuidFromBytes(in.device_id())};
}

// The server's judgement (days silent, silent) is not kept: the app judges again from the times.
BranchSyncHealth branchFrom(const v1::BranchSyncInfo& in) {
  BranchSyncHealth branch{QString::fromStdString(in.unit_id()), QString::fromStdString(in.name()),
                          QString::fromStdString(in.commune_name()), QString::fromStdString(in.district_name()), {}};
  for (const v1::DeviceSyncInfo& device : in.devices())
    branch.devices.push_back({uuidFromBytes(device.device_id()), QString::fromStdString(device.person_name()),
                              QString::fromStdString(device.app_version()),
                              static_cast<qint64>(device.last_sync_at_ms()), device.pending_count(),
                              device.clock_offset_ms()});
  return branch;
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
  session.deviceId = uuidFromBytes(response.device_id());
  session.personId = uuidFromBytes(response.person_id());
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
  code.personId = uuidFromBytes(response.person_id());
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

RpcResult<std::vector<ManagedDevice>> AdminClient::listDevices(const QString& unitId) {
  v1::ListDevicesRequest request;
  request.set_unit_id(unitId.toStdString());
  v1::ListDevicesResponse response;
  if (auto error = call(*stub_->stub, &v1::AdminService::Stub::ListDevices, options_, token_, request, &response))
    return RpcResult<std::vector<ManagedDevice>>::failure(*error);
  std::vector<ManagedDevice> devices;
  for (const v1::DeviceInfo& device : response.devices()) devices.push_back(deviceFrom(device));
  return RpcResult<std::vector<ManagedDevice>>::success(std::move(devices));
}

RpcResult<qint64> AdminClient::revokeDevice(const QString& deviceId) {
  v1::RevokeDeviceRequest request;
  request.set_device_id(uuidToBytes(deviceId));
  v1::RevokeDeviceResponse response;
  if (auto error = call(*stub_->stub, &v1::AdminService::Stub::RevokeDevice, options_, token_, request, &response))
    return RpcResult<qint64>::failure(*error);
  return RpcResult<qint64>::success(static_cast<qint64>(response.revoked_at_ms()));
}

RpcResult<std::vector<IssuedCode>> AdminClient::listEnrolmentCodes(const QString& unitId) {
  v1::ListEnrolmentCodesRequest request;
  request.set_unit_id(unitId.toStdString());
  v1::ListEnrolmentCodesResponse response;
  if (auto error =
          call(*stub_->stub, &v1::AdminService::Stub::ListEnrolmentCodes, options_, token_, request, &response))
    return RpcResult<std::vector<IssuedCode>>::failure(*error);
  std::vector<IssuedCode> codes;
  for (const v1::EnrolmentCodeInfo& code : response.codes()) codes.push_back(codeFrom(code));
  return RpcResult<std::vector<IssuedCode>>::success(std::move(codes));
}

RpcResult<SyncHealth> AdminClient::syncHealth(const QString& unitId, int silentAfterDays) {
  v1::GetSyncHealthRequest request;
  request.set_unit_id(unitId.toStdString());
  request.set_silent_after_days(static_cast<quint32>(std::max(silentAfterDays, 0)));
  v1::GetSyncHealthResponse response;
  if (auto error = call(*stub_->stub, &v1::AdminService::Stub::GetSyncHealth, options_, token_, request, &response))
    return RpcResult<SyncHealth>::failure(*error);
  SyncHealth health{static_cast<qint64>(response.server_time_ms()), static_cast<int>(response.silent_after_days()),
                    {}};
  for (const v1::BranchSyncInfo& branch : response.branches()) health.branches.push_back(branchFrom(branch));
  return RpcResult<SyncHealth>::success(std::move(health));
}

RpcResult<ServerCallTimes> AdminClient::callTimes() {
  v1::GetCallTimesResponse response;
  if (auto error = call(*stub_->stub, &v1::AdminService::Stub::GetCallTimes, options_, token_,
                        v1::GetCallTimesRequest(), &response))
    return RpcResult<ServerCallTimes>::failure(*error);
  ServerCallTimes times;
  times.upperBoundsUs.assign(response.upper_bounds_us().begin(), response.upper_bounds_us().end());
  for (const v1::MethodCallTimes& method : response.methods())
    times.methods.push_back({QString::fromStdString(method.method()),
                             {method.counts().begin(), method.counts().end()},
                             method.turned_away()});
  return RpcResult<ServerCallTimes>::success(std::move(times));
}

}  // namespace sohoi::client
