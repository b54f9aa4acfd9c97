#pragma once
// sohoi.v1.AdminService: signing in at a desktop, and enrolment, devices, accounts and the audit log for
// the units a caller administers. Thin by design, like SyncService: each call checks the app's schema
// version and (but SignIn) the bearer token, converts proto to domain types, calls Sessions or AdminActs,
// and maps refusals through toGrpcStatus(). Runs on the server's WorkPool; every member is thread-safe.
#include "accounts/sessions.h"
#include "admin_api/admin_acts.h"
#include "sync/enrolment.h"
#include "sync/org_tree_cache.h"

#include "decoding_service.h"
#include "request_limits.h"

#include "sohoi/v1/admin.pb.h"

#include <functional>

namespace sohoi::server {

class Database;

class AdminService final : public DecodingService {
 public:
  /// Calls run on pool (DecodingService).
  AdminService(Database& database, WorkPool& pool);

  grpc::Status SignIn(grpc::CallbackServerContext* context, const v1::SignInRequest* request,
                      v1::SignInResponse* response);
  grpc::Status SignOut(grpc::CallbackServerContext* context, const v1::SignOutRequest* request,
                       v1::SignOutResponse* response);
  grpc::Status IssueEnrolmentCode(grpc::CallbackServerContext* context, const v1::IssueEnrolmentCodeRequest* request,
                                  v1::IssueEnrolmentCodeResponse* response);
  grpc::Status ListEnrolmentCodes(grpc::CallbackServerContext* context, const v1::ListEnrolmentCodesRequest* request,
                                  v1::ListEnrolmentCodesResponse* response);
  grpc::Status ListDevices(grpc::CallbackServerContext* context, const v1::ListDevicesRequest* request,
                           v1::ListDevicesResponse* response);
  grpc::Status RevokeDevice(grpc::CallbackServerContext* context, const v1::RevokeDeviceRequest* request,
                            v1::RevokeDeviceResponse* response);
  grpc::Status ListAccounts(grpc::CallbackServerContext* context, const v1::ListAccountsRequest* request,
                            v1::ListAccountsResponse* response);
  grpc::Status ListAudit(grpc::CallbackServerContext* context, const v1::ListAuditRequest* request,
                         v1::ListAuditResponse* response);
  grpc::Status GetSyncHealth(grpc::CallbackServerContext* context, const v1::GetSyncHealthRequest* request,
                             v1::GetSyncHealthResponse* response);
  grpc::Status GetCallTimes(grpc::CallbackServerContext* context, const v1::GetCallTimesRequest* request,
                            v1::GetCallTimesResponse* response);

  /// SyncService's reports of finished syncs. REQUIRES: set before serving; outlives this service.
  void setSyncReports(const SyncReports* reports) { acts_.setSyncReports(reports); }

 private:
  using Body = std::function<std::optional<Rejection>(const Caller&)>;
  /// The steps every call but SignIn shares: schema version, field bounds, bearer token, then body, whose
  /// refusal (or a storage failure) becomes the call's status.
  template <class Request>
  grpc::Status serve(grpc::CallbackServerContext* context, const Request& request, const Body& body);

  Database& database_;
  OrgTreeCache trees_;
  Enrolment enrolment_;
  Sessions sessions_;
  AdminActs acts_;
};

}  // namespace sohoi::server
