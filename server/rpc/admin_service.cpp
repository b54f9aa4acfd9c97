#include "admin_service.h"

#include "call_auth.h"
#include "status_mapping.h"

#include "storage/meta_repository.h"
#include "storage/push_log_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include "auth/admin_permissions.h"
#include "ids/uuid7.h"

#include "sohoi/v1/admin.grpc.pb.h"

namespace sohoi::server {

namespace {

QString text(const std::string& value) { return QString::fromStdString(value); }
quint64 ms(qint64 value) { return static_cast<quint64>(value); }

void toProto(const EnrolmentCode& code, v1::EnrolmentCodeInfo* out) {
  out->set_code(code.code.toStdString());
  out->set_person_id(uuidToBytes(code.personId));
  out->set_unit_id(code.unitId.toStdString());
  out->set_created_at_ms(ms(code.createdAt));
  out->set_expires_at_ms(ms(code.expiresAt));
  out->set_used_at_ms(ms(code.usedAt));
  out->set_device_id(uuidToBytes(code.deviceId));
}

void toProto(const Device& device, v1::DeviceInfo* out) {
  out->set_device_id(uuidToBytes(device.id));
  out->set_person_id(uuidToBytes(device.personId));
  out->set_person_name(device.personName.toStdString());
  out->set_unit_id(device.unitId.toStdString());
  out->set_name(device.name.toStdString());
  out->set_role(roleName(device.role).toStdString());
  out->set_enrolled_at_ms(ms(device.enrolledAt));
  out->set_revoked_at_ms(ms(device.revokedAt));
  out->set_last_seen_at_ms(ms(device.lastSeenAt));
  out->set_last_seq(device.lastSeq);
  out->set_clock_offset_ms(device.clockOffsetMs);
}

void toProto(const Account& account, v1::AccountInfo* out) {
  out->set_person_id(uuidToBytes(account.personId));
  out->set_full_name(account.fullName.toStdString());
  out->set_role(account.role.toStdString());
  out->set_unit_id(account.unitId.toStdString());
  out->set_username(account.username.toStdString());
  out->set_created_at_ms(ms(account.createdAt));
  out->set_disabled_at_ms(ms(account.disabledAt));
}

void toProto(const AuditEntry& entry, v1::AuditEntryInfo* out) {
  out->set_id(uuidToBytes(entry.id));
  out->set_at_ms(ms(entry.at));
  out->set_actor_person_id(uuidToBytes(entry.actorPersonId));
  out->set_actor_name(entry.actorName.toStdString());
  out->set_actor_device_id(uuidToBytes(entry.actorDeviceId));
  out->set_actor_session_id(uuidToBytes(entry.actorSessionId));
  out->set_act(entry.act.toStdString());
  out->set_target(entry.target.toStdString());
  out->set_target_unit_id(entry.targetUnitId.toStdString());
  out->set_detail(entry.detail.toStdString());
  out->set_outcome(entry.outcome.toStdString());
}

void toProto(const DeviceSyncState& device, v1::DeviceSyncInfo* out) {
  out->set_device_id(uuidToBytes(device.deviceId));
  out->set_person_name(device.personName.toStdString());
  out->set_app_version(device.appVersion.toStdString());
  out->set_last_sync_at_ms(ms(device.lastSyncAt));
  out->set_pending_count(device.pendingCount);
  out->set_clock_offset_ms(device.clockOffsetMs);
  out->set_wrong_clock(hasWrongClock(device));
}

void toProto(const BranchSyncHealth& branch, const SyncHealthReport& report, v1::BranchSyncInfo* out) {
  out->set_unit_id(branch.unitId.toStdString());
  out->set_name(branch.name.toStdString());
  out->set_commune_name(branch.communeName.toStdString());
  out->set_district_name(branch.districtName.toStdString());
  const qint64 last = lastSyncOf(branch);
  out->set_last_sync_at_ms(ms(last));
  out->set_days_silent(daysSilent(last, report.nowMs).value_or(-1));
  out->set_silent(isSilent(last, report.nowMs, report.silentAfterDays));
  out->set_pending_count(pendingOf(branch));
  for (const DeviceSyncState& device : branch.devices) toProto(device, out->add_devices());
}

}  // namespace

AdminService::AdminService(Database& database, WorkPool& pool)
    : DecodingService(pool),
      database_(database), enrolment_(database), sessions_(database), acts_(database, trees_, enrolment_) {
  const char* service = v1::AdminService::service_full_name();
  addUnaryMethod(service, "SignIn", &AdminService::SignIn);
  addUnaryMethod(service, "SignOut", &AdminService::SignOut);
  addUnaryMethod(service, "IssueEnrolmentCode", &AdminService::IssueEnrolmentCode);
  addUnaryMethod(service, "ListEnrolmentCodes", &AdminService::ListEnrolmentCodes);
  addUnaryMethod(service, "ListDevices", &AdminService::ListDevices);
  addUnaryMethod(service, "RevokeDevice", &AdminService::RevokeDevice);
  addUnaryMethod(service, "ListAccounts", &AdminService::ListAccounts);
  addUnaryMethod(service, "ListAudit", &AdminService::ListAudit);
  addUnaryMethod(service, "GetSyncHealth", &AdminService::GetSyncHealth);
  addUnaryMethod(service, "GetCallTimes", &AdminService::GetCallTimes);
}

template <class Request>
grpc::Status AdminService::serve(grpc::CallbackServerContext* context, const Request& request, const Body& body) {
  if (auto rejection = checkClient(request.client())) return toGrpcStatus(context, *rejection);
  if (auto rejection = checkLimits(request)) return toGrpcStatus(context, *rejection);
  try {
    Result<Caller> caller = authenticateCaller(enrolment_, context);
    if (!caller) return toGrpcStatus(context, caller.error());
    if (auto refused = body(caller.value())) return toGrpcStatus(context, *refused);
    return grpc::Status::OK;
  } catch (const StorageError& failure) {
    return storageUnavailable(context, failure.what());
  }
}

grpc::Status AdminService::SignIn(grpc::CallbackServerContext* context, const v1::SignInRequest* request,
                                  v1::SignInResponse* response) {
  if (auto rejection = checkClient(request->client())) return toGrpcStatus(context, *rejection);
  if (auto rejection = checkLimits(*request)) return toGrpcStatus(context, *rejection);
  try {
    Result<SignedIn> signedIn =
        sessions_.signIn(text(request->username()), text(request->password()), text(request->workstation()));
    if (!signedIn) return toGrpcStatus(context, signedIn.error());
    const Device& device = signedIn.value().device;
    response->set_session_token(signedIn.value().token.toStdString());
    response->set_expires_at_ms(ms(signedIn.value().session.expiresAt));
    response->set_device_id(uuidToBytes(device.id));
    response->set_person_id(uuidToBytes(device.personId));
    response->set_person_name(device.personName.toStdString());
    response->set_unit_id(device.unitId.toStdString());
    response->set_role(roleName(device.role).toStdString());
    Transaction tx(database_, Transaction::Mode::Read);
    response->set_server_epoch(MetaRepository(tx).epoch().toStdString());
    response->set_last_seq(PushLogRepository(tx).lastSeq(device.id));
    tx.commit();
    return grpc::Status::OK;
  } catch (const StorageError& failure) {
    return storageUnavailable(context, failure.what());
  }
}

grpc::Status AdminService::SignOut(grpc::CallbackServerContext* context, const v1::SignOutRequest* request,
                                   v1::SignOutResponse*) {
  if (auto rejection = checkClient(request->client())) return toGrpcStatus(context, *rejection);
  if (auto rejection = checkLimits(*request)) return toGrpcStatus(context, *rejection);
  try {
    // Not serve(): a device credential has no session to end, and an ended session is told so.
    if (auto refused = sessions_.signOut(bearerToken(context))) return toGrpcStatus(context, *refused);
    return grpc::Status::OK;
  } catch (const StorageError& failure) {
    return storageUnavailable(context, failure.what());
  }
}

grpc::Status AdminService::IssueEnrolmentCode(grpc::CallbackServerContext* context,
                                              const v1::IssueEnrolmentCodeRequest* request,
                                              v1::IssueEnrolmentCodeResponse* response) {
  return serve(context, *request, [&](const Caller& caller) -> std::optional<Rejection> {
    std::optional<Role> role;
    if (!request->role().empty() && !(role = roleFromName(text(request->role()))))
      return rejectionFor(ReasonCode::InvalidField, QStringLiteral("role"));
    const int days = request->valid_days() == 0 ? Enrolment::kDefaultValidDays
                                                : static_cast<int>(std::min<quint32>(request->valid_days(), 365));
    Result<IssuedCode> issued =
        acts_.issueCode(caller, text(request->unit_id()), text(request->person_name()), role, days);
    if (!issued) return issued.error();
    response->set_code(issued.value().code.toStdString());
    response->set_person_id(uuidToBytes(issued.value().personId));
    response->set_unit_id(issued.value().unitId.toStdString());
    response->set_expires_at_ms(ms(issued.value().expiresAt));
    return std::nullopt;
  });
}

grpc::Status AdminService::ListEnrolmentCodes(grpc::CallbackServerContext* context,
                                              const v1::ListEnrolmentCodesRequest* request,
                                              v1::ListEnrolmentCodesResponse* response) {
  return serve(context, *request, [&](const Caller& caller) -> std::optional<Rejection> {
    Result<std::vector<EnrolmentCode>> codes = acts_.listCodes(caller, text(request->unit_id()));
    if (!codes) return codes.error();
    for (const EnrolmentCode& code : codes.value()) toProto(code, response->add_codes());
    return std::nullopt;
  });
}

grpc::Status AdminService::ListDevices(grpc::CallbackServerContext* context, const v1::ListDevicesRequest* request,
                                       v1::ListDevicesResponse* response) {
  return serve(context, *request, [&](const Caller& caller) -> std::optional<Rejection> {
    Result<std::vector<Device>> devices = acts_.listDevices(caller, text(request->unit_id()));
    if (!devices) return devices.error();
    for (const Device& device : devices.value()) toProto(device, response->add_devices());
    return std::nullopt;
  });
}

grpc::Status AdminService::RevokeDevice(grpc::CallbackServerContext* context, const v1::RevokeDeviceRequest* request,
                                        v1::RevokeDeviceResponse* response) {
  return serve(context, *request, [&](const Caller& caller) -> std::optional<Rejection> {
    const QString deviceId = uuidFromBytes(request->device_id());
    if (deviceId.isEmpty()) return rejectionFor(ReasonCode::Malformed, QStringLiteral("device_id"));
    Result<qint64> revoked = acts_.revokeDevice(caller, deviceId);
    if (!revoked) return revoked.error();
    response->set_revoked_at_ms(ms(revoked.value()));
    return std::nullopt;
  });
}

grpc::Status AdminService::ListAccounts(grpc::CallbackServerContext* context, const v1::ListAccountsRequest* request,
                                        v1::ListAccountsResponse* response) {
  return serve(context, *request, [&](const Caller& caller) -> std::optional<Rejection> {
    Result<std::vector<Account>> accounts = acts_.listAccounts(caller, text(request->unit_id()));
    if (!accounts) return accounts.error();
    for (const Account& account : accounts.value()) toProto(account, response->add_accounts());
    return std::nullopt;
  });
}

grpc::Status AdminService::ListAudit(grpc::CallbackServerContext* context, const v1::ListAuditRequest* request,
                                     v1::ListAuditResponse* response) {
  return serve(context, *request, [&](const Caller& caller) -> std::optional<Rejection> {
    const int limit = request->limit() == 0 ? 100 : static_cast<int>(std::min<quint32>(request->limit(), 100000));
    Result<std::vector<AuditEntry>> entries = acts_.listAudit(caller, text(request->unit_id()), limit);
    if (!entries) return entries.error();
    for (const AuditEntry& entry : entries.value()) toProto(entry, response->add_entries());
    return std::nullopt;
  });
}

grpc::Status AdminService::GetSyncHealth(grpc::CallbackServerContext* context, const v1::GetSyncHealthRequest* request,
                                         v1::GetSyncHealthResponse* response) {
  return serve(context, *request, [&](const Caller& caller) -> std::optional<Rejection> {
    Result<SyncHealthReport> report =
        acts_.syncHealth(caller, text(request->unit_id()), static_cast<int>(request->silent_after_days()));
    if (!report) return report.error();
    for (const BranchSyncHealth& branch : report.value().branches)
      toProto(branch, report.value(), response->add_branches());
    response->set_server_time_ms(ms(report.value().nowMs));
    response->set_silent_after_days(static_cast<quint32>(report.value().silentAfterDays));
    return std::nullopt;
  });
}

grpc::Status AdminService::GetCallTimes(grpc::CallbackServerContext* context,
                                        const v1::GetCallTimesRequest* request,
                                        v1::GetCallTimesResponse* response) {
  return serve(context, *request, [&](const Caller& caller) -> std::optional<Rejection> {
    // The server's, not a unit's: asked of the caller's own unit.
    if (auto refused = adminRefusalFor(caller.device.role, AdminAct::ReadCallTimes, UnitRelation::Own))
      return refused;
    for (std::uint64_t bound : CallTimes::upperBoundsUs()) response->add_upper_bounds_us(bound);
    for (const CallTimes::Counts& method : pool().callTimes().snapshot()) {
      v1::MethodCallTimes* out = response->add_methods();
      out->set_method(method.method);
      for (std::uint64_t count : method.counts) out->add_counts(count);
      out->set_turned_away(method.turnedAway);
    }
    return std::nullopt;
  });
}

}  // namespace sohoi::server
