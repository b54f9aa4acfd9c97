#include "request_limits.h"

#include "domain/field_limits.h"
#include "health/sync_health.h"

#include <algorithm>

namespace sohoi::server {

namespace {

// Characters of UTF-8 text (protobuf has already refused text that is not): every byte but a continuation
// byte starts one.
size_t characters(const std::string& text) {
  return static_cast<size_t>(std::count_if(
      text.begin(), text.end(), [](char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }));
}

std::optional<Rejection> checkText(const std::string& text, const char* field, const char* labelVi,
                                   const char* labelEn, int maxLength) {
  const auto max = static_cast<size_t>(maxLength);
  if (text.size() <= max || characters(text) <= max) return std::nullopt;  // never more characters than bytes
  const QString name = QString::fromLatin1(field);
  return textTooLong(name, QStringLiteral("%1 (%2)").arg(QString::fromUtf8(labelVi), name),
                     QStringLiteral("%1 (%2)").arg(QString::fromUtf8(labelEn), name), maxLength);
}

std::optional<Rejection> checkBytes(const std::string& bytes, const char* field, const char* labelVi,
                                    const char* labelEn, int maxBytes) {
  if (bytes.size() <= static_cast<size_t>(maxBytes)) return std::nullopt;
  const QString name = QString::fromLatin1(field);
  return Rejection{ReasonCode::InvalidField, name,
                   QStringLiteral("%1 (%2): dài quá %3 byte").arg(QString::fromUtf8(labelVi), name).arg(maxBytes),
                   QStringLiteral("%1 (%2): is longer than %3 bytes").arg(QString::fromUtf8(labelEn), name).arg(maxBytes)};
}

std::optional<Rejection> checkAppVersion(const v1::ClientInfo& client) {
  return checkText(client.app_version(), "client.app_version", "Phiên bản ứng dụng", "App version",
                   kMaxCodeText);
}

// The unit an admin call is about, after the app version every call carries.
std::optional<Rejection> checkUnitCall(const v1::ClientInfo& client, const std::string& unitId) {
  if (auto rejection = checkAppVersion(client)) return rejection;
  return checkText(unitId, "unit_id", "Mã đơn vị", "Unit id", kMaxCodeText);
}

// A number over its bound, named like the text fields.
std::optional<Rejection> checkAtMost(quint64 value, const char* field, const char* labelVi, const char* labelEn,
                                     quint64 max) {
  if (value <= max) return std::nullopt;
  const QString name = QString::fromLatin1(field);
  return Rejection{ReasonCode::InvalidField, name,
                   QStringLiteral("%1 (%2): lớn hơn %3").arg(QString::fromUtf8(labelVi), name).arg(max),
                   QStringLiteral("%1 (%2): is more than %3").arg(QString::fromUtf8(labelEn), name).arg(max)};
}

// A device holds far fewer waiting records than this; more means a broken count, not a busy branch.
constexpr quint64 kMaxPendingCount = 10'000'000;

std::optional<Rejection> checkPendingCount(const v1::ClientInfo& client) {
  return checkAtMost(client.pending_count(), "client.pending_count", "Số bản ghi chờ gửi", "Records waiting",
                     kMaxPendingCount);
}

// A rejection of a message inside a request, named by its path from the request ("then_pull.cursor").
Rejection nestedIn(const char* field, Rejection rejection) {
  const QString path = QString::fromLatin1(field) + QLatin1Char('.') + rejection.field;
  const QString named = QStringLiteral("(%1)").arg(rejection.field),
                renamed = QStringLiteral("(%1)").arg(path);
  rejection.messageVi.replace(named, renamed);
  rejection.messageEn.replace(named, renamed);
  rejection.field = path;
  return rejection;
}

}  // namespace

std::optional<Rejection> checkLimits(const v1::EnrollRequest& request) {
  if (auto rejection = checkAppVersion(request.client())) return rejection;
  if (auto rejection = checkText(request.code(), "code", "Mã đăng ký", "Enrolment code", kMaxCodeText))
    return rejection;
  if (auto rejection = checkBytes(request.attempt_id(), "attempt_id", "Mã lần đăng ký", "Enrolment attempt id",
                                  kMaxCodeText))  // an id: the app sends 16 bytes
    return rejection;
  return checkText(request.device_name(), "device_name", "Tên thiết bị", "Device name", kMaxShortText);
}

std::optional<Rejection> checkLimits(const v1::PushRequest& request) {
  if (auto rejection = checkPendingCount(request.client())) return rejection;
  if (auto rejection = checkAppVersion(request.client())) return rejection;
  if (request.has_then_pull())
    if (auto rejection = checkLimits(request.then_pull()))
      return nestedIn("then_pull", std::move(*rejection));
  return std::nullopt;
}

std::optional<Rejection> checkLimits(const v1::PullRequest& request) {
  if (auto rejection = checkPendingCount(request.client())) return rejection;
  if (auto rejection = checkAppVersion(request.client())) return rejection;
  if (auto rejection = checkBytes(request.cursor(), "cursor", "Vị trí tải về", "Pull cursor", kMaxCursorBytes))
    return rejection;
  return checkText(request.reference_version(), "reference_version", "Phiên bản dữ liệu tham chiếu",
                   "Reference data version", kMaxCodeText);
}

std::optional<Rejection> checkLimits(const v1::GetProgressRequest& request) {
  if (auto rejection = checkUnitCall(request.client(), request.unit_id())) return rejection;
  return checkText(request.as_of(), "as_of", "Ngày lấy số liệu", "Reading date", kMaxCodeText);
}

std::optional<Rejection> checkLimits(const v1::ExportReportRequest& request) {
  if (auto rejection = checkUnitCall(request.client(), request.unit_id())) return rejection;
  return checkText(request.kind(), "kind", "Loại hồ sơ", "Record kind", kMaxCodeText);
}

std::optional<Rejection> checkLimits(const v1::SignInRequest& request) {
  if (auto rejection = checkAppVersion(request.client())) return rejection;
  if (auto rejection = checkText(request.username(), "username", "Tên đăng nhập", "User name", kMaxCodeText))
    return rejection;
  if (auto rejection = checkText(request.password(), "password", "Mật khẩu", "Password", kMaxShortText))
    return rejection;
  return checkText(request.workstation(), "workstation", "Máy trạm", "Workstation", kMaxShortText);
}

std::optional<Rejection> checkLimits(const v1::SignOutRequest& request) { return checkAppVersion(request.client()); }

std::optional<Rejection> checkLimits(const v1::IssueEnrolmentCodeRequest& request) {
  if (auto rejection = checkUnitCall(request.client(), request.unit_id())) return rejection;
  if (auto rejection = checkText(request.person_name(), "person_name", "Họ tên", "Name", kMaxShortText))
    return rejection;
  return checkText(request.role(), "role", "Vai trò", "Role", kMaxCodeText);
}

std::optional<Rejection> checkLimits(const v1::ListEnrolmentCodesRequest& request) {
  return checkUnitCall(request.client(), request.unit_id());
}

std::optional<Rejection> checkLimits(const v1::ListDevicesRequest& request) {
  return checkUnitCall(request.client(), request.unit_id());
}

std::optional<Rejection> checkLimits(const v1::RevokeDeviceRequest& request) {
  if (auto rejection = checkAppVersion(request.client())) return rejection;
  return checkBytes(request.device_id(), "device_id", "Mã thiết bị", "Device id", kMaxCodeText);
}

std::optional<Rejection> checkLimits(const v1::ListAccountsRequest& request) {
  return checkUnitCall(request.client(), request.unit_id());
}

std::optional<Rejection> checkLimits(const v1::ListAuditRequest& request) {
  return checkUnitCall(request.client(), request.unit_id());
}

std::optional<Rejection> checkLimits(const v1::GetSyncHealthRequest& request) {
  if (auto rejection = checkUnitCall(request.client(), request.unit_id())) return rejection;
  return checkAtMost(request.silent_after_days(), "silent_after_days", "Số ngày không đồng bộ",
                     "Days without a sync", kMaxSilentAfterDays);
}

std::optional<Rejection> checkLimits(const v1::GetCallTimesRequest& request) {
  return checkAppVersion(request.client());
}

}  // namespace sohoi::server
