#include "rejection.h"

#include <array>

namespace sohoi {

namespace {

struct ReasonText {
  ReasonCode code;
  const char* name;
  const char* vi;
  const char* en;
};

// One row per code: the words a person reads when something they did is refused.
const std::array<ReasonText, 24> kReasons{{
    {ReasonCode::None, "NONE", "", ""},
    {ReasonCode::InvalidField, "INVALID_FIELD", "Thông tin không hợp lệ", "A field is not valid"},
    {ReasonCode::UnknownUnit, "UNKNOWN_UNIT", "Đơn vị không tồn tại", "The unit does not exist"},
    {ReasonCode::WrongUnitLevel, "WRONG_UNIT_LEVEL", "Loại hồ sơ này phải thuộc một chi hội",
     "This kind of record must belong to a branch"},
    {ReasonCode::OutOfScope, "OUT_OF_SCOPE", "Đơn vị nằm ngoài phạm vi của thiết bị này",
     "The unit is outside this device's scope"},
    {ReasonCode::UnknownBase, "UNKNOWN_BASE", "Máy chủ không có phiên bản mà bản sửa này dựa vào",
     "The server does not know the version this edit starts from"},
    {ReasonCode::KindMismatch, "KIND_MISMATCH", "Hồ sơ đã tồn tại với loại khác",
     "The record already exists as another kind"},
    {ReasonCode::IdReused, "ID_REUSED", "Mã phiên bản đã được dùng cho nội dung khác; cả hai bản được giữ lại",
     "The version id was already used with other content; both copies are kept"},
    {ReasonCode::Malformed, "MALFORMED", "Dữ liệu gửi lên bị lỗi định dạng", "The data sent is malformed"},
    {ReasonCode::UpdateNeeded, "UPDATE_NEEDED", "Cần cập nhật ứng dụng để đồng bộ",
     "Please update the app to sync"},
    {ReasonCode::Unauthenticated, "UNAUTHENTICATED", "Thiết bị chưa được đăng ký hoặc mã xác thực sai",
     "The device is not enrolled or its credential is wrong"},
    {ReasonCode::Revoked, "REVOKED", "Thiết bị đã bị thu hồi quyền truy cập", "The device has been revoked"},
    {ReasonCode::BadEnrolmentCode, "BAD_ENROLMENT_CODE", "Mã đăng ký thiết bị không đúng hoặc đã được dùng",
     "The enrolment code is wrong or already used"},
    {ReasonCode::ExpiredEnrolmentCode, "EXPIRED_ENROLMENT_CODE", "Mã đăng ký thiết bị đã hết hạn",
     "The enrolment code has expired"},
    {ReasonCode::SequenceGap, "SEQUENCE_GAP", "Thiếu dữ liệu trước đó; thiết bị sẽ gửi lại",
     "Earlier changes are missing; the device will resend them"},
    {ReasonCode::TooLarge, "TOO_LARGE", "Gói dữ liệu quá lớn", "The request is too large"},
    {ReasonCode::ImplausibleTime, "IMPLAUSIBLE_TIME", "Đồng hồ của thiết bị có vẻ sai",
     "The device's clock looks wrong"},
    {ReasonCode::NotPermitted, "NOT_PERMITTED", "Vai trò của bạn không được làm việc này",
     "Your role may not do this"},
    {ReasonCode::SignInFailed, "SIGN_IN_FAILED", "Tên đăng nhập hoặc mật khẩu không đúng",
     "The user name or password is wrong"},
    {ReasonCode::AccountLocked, "ACCOUNT_LOCKED", "Đăng nhập sai quá nhiều lần; tài khoản tạm bị khóa",
     "Too many failed sign-ins; signing in is locked for a while"},
    {ReasonCode::SessionEnded, "SESSION_ENDED", "Phiên đăng nhập đã hết hạn hoặc đã đăng xuất; hãy đăng nhập lại",
     "The session has expired or was signed out; sign in again"},
    {ReasonCode::AccountDisabled, "ACCOUNT_DISABLED", "Tài khoản đã bị vô hiệu hóa", "The account has been disabled"},
    {ReasonCode::NotFound, "NOT_FOUND", "Không tìm thấy", "Not found"},
    {ReasonCode::ServerBusy, "SERVER_BUSY", "Máy chủ đang bận; sẽ tự thử lại sau ít phút",
     "The server is busy; will try again shortly"},
}};

const ReasonText& textFor(ReasonCode code) {
  for (const ReasonText& row : kReasons)
    if (row.code == code) return row;
  return kReasons.front();
}

}  // namespace

Rejection rejectionFor(ReasonCode code, const QString& field) {
  const ReasonText& text = textFor(code);
  Rejection rejection{code, field, QString::fromUtf8(text.vi), QString::fromUtf8(text.en)};
  if (!field.isEmpty()) {
    rejection.messageVi += QStringLiteral(" (%1)").arg(field);
    rejection.messageEn += QStringLiteral(" (%1)").arg(field);
  }
  return rejection;
}

Rejection textTooLong(const QString& field, const QString& labelVi, const QString& labelEn, qint64 maxLength) {
  return {ReasonCode::InvalidField, field, labelVi + QStringLiteral(": dài quá %1 ký tự").arg(maxLength),
          labelEn + QStringLiteral(": is longer than %1 characters").arg(maxLength)};
}

QString reasonCodeName(ReasonCode code) { return QString::fromLatin1(textFor(code).name); }

ReasonCode reasonCodeFromName(const QString& name) {
  for (const ReasonText& row : kReasons)
    if (name == QLatin1String(row.name)) return row.code;
  return ReasonCode::None;
}

}  // namespace sohoi
