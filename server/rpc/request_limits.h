#pragma once
// A bound on every text and bytes field of every request (domain/field_limits.h), so that no call stores,
// looks up or echoes back a field of any size. A field over its bound refuses the whole call: InvalidField,
// naming the field ("device_name", "client.app_version"). The records a push carries are bounded per item
// instead, by the shared validator (validation/record_validator.h), like their other rules.
#include "domain/rejection.h"

#include "sohoi/v1/admin.pb.h"
#include "sohoi/v1/report.pb.h"
#include "sohoi/v1/sync.pb.h"

#include <optional>

namespace sohoi::server {

std::optional<Rejection> checkLimits(const v1::EnrollRequest& request);
std::optional<Rejection> checkLimits(const v1::PushRequest& request);
std::optional<Rejection> checkLimits(const v1::PullRequest& request);
std::optional<Rejection> checkLimits(const v1::GetProgressRequest& request);
std::optional<Rejection> checkLimits(const v1::ExportReportRequest& request);
std::optional<Rejection> checkLimits(const v1::SignInRequest& request);
std::optional<Rejection> checkLimits(const v1::SignOutRequest& request);
std::optional<Rejection> checkLimits(const v1::IssueEnrolmentCodeRequest& request);
std::optional<Rejection> checkLimits(const v1::ListEnrolmentCodesRequest& request);
std::optional<Rejection> checkLimits(const v1::ListDevicesRequest& request);
std::optional<Rejection> checkLimits(const v1::RevokeDeviceRequest& request);
std::optional<Rejection> checkLimits(const v1::ListAccountsRequest& request);
std::optional<Rejection> checkLimits(const v1::ListAuditRequest& request);
/// silent_after_days too: 0 (the default) to kMaxSilentAfterDays.
std::optional<Rejection> checkLimits(const v1::GetSyncHealthRequest& request);
std::optional<Rejection> checkLimits(const v1::GetCallTimesRequest& request);

}  // namespace sohoi::server
