#include "request_limits.h"

#include "domain/field_limits.h"

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

std::optional<Rejection> checkAppVersion(const v1::ClientInfo& client) {
  return checkText(client.app_version(), "client.app_version", "Phiên bản ứng dụng", "App version",
                   kMaxCodeText);
}

}  // namespace

std::optional<Rejection> checkLimits(const v1::EnrollRequest& request) {
  if (auto rejection = checkAppVersion(request.client())) return rejection;
  if (auto rejection = checkText(request.code(), "code", "Mã đăng ký", "Enrolment code", kMaxCodeText))
    return rejection;
  return checkText(request.device_name(), "device_name", "Tên thiết bị", "Device name", kMaxShortText);
}

std::optional<Rejection> checkLimits(const v1::PushRequest& request) {
  return checkAppVersion(request.client());
}

std::optional<Rejection> checkLimits(const v1::PullRequest& request) {
  if (auto rejection = checkAppVersion(request.client())) return rejection;
  if (request.cursor().size() > static_cast<size_t>(kMaxCursorBytes))
    return Rejection{ReasonCode::InvalidField, QStringLiteral("cursor"),
                     QStringLiteral("Vị trí tải về (cursor): dài quá %1 byte").arg(kMaxCursorBytes),
                     QStringLiteral("Pull cursor (cursor): is longer than %1 bytes").arg(kMaxCursorBytes)};
  return checkText(request.reference_version(), "reference_version", "Phiên bản dữ liệu tham chiếu",
                   "Reference data version", kMaxCodeText);
}

std::optional<Rejection> checkLimits(const v1::GetProgressRequest& request) {
  if (auto rejection = checkAppVersion(request.client())) return rejection;
  return checkText(request.unit_id(), "unit_id", "Mã đơn vị", "Unit id", kMaxCodeText);
}

}  // namespace sohoi::server
