#pragma once
// What the audit log calls each privileged act, who did it, and the one way an act writes its entry: in
// the act's own transaction, so an act and its entry are stored together or not at all (DESIGN §6a).
#include "storage/audit_repository.h"

#include "domain/rejection.h"

#include <QString>
#include <optional>

namespace sohoi::server {

class Transaction;
struct Device;

enum class AuditAct {
  SignIn,          // đăng nhập, succeeded or not
  SignOut,         // đăng xuất
  IssueCode,       // cấp mã đăng ký
  RevokeDevice,    // thu hồi thiết bị
  CreateAccount,   // tạo tài khoản
  DisableAccount,  // vô hiệu hóa tài khoản
  ResetPassword,   // đặt lại mật khẩu
  ReviewDecision,  // quyết định duyệt hồ sơ, by push or by sohoi-admin approve|return
  UnitRating,      // xếp loại đơn vị, by push
};

/// "sign_in", "sign_out", "issue_code", "revoke_device", "create_account", "disable_account",
/// "reset_password", "review_decision", "unit_rating".
QString auditActName(AuditAct act);

/// Who did an act.
struct Actor {
  QString personId;
  QString name;
  QString deviceId;
  QString sessionId;

  /// The server's own command line (sohoi-admin), run by whoever operates the server.
  static Actor console();
  /// A device, or a signed-in session's workstation device (sessionId then names the session).
  static Actor of(const Device& device, const QString& sessionId = {});
};

/// On what an act was done.
struct AuditTarget {
  QString id;      // a person, device, record or user name
  QString unitId;  // where it belongs; empty when it belongs nowhere (a user name no account has)
  QString detail;  // a few words for people
};

/// "ok" when the act was done, else the reason name it was refused with.
QString auditOutcome(const std::optional<Rejection>& refusal);

/// Adds the entry inside tx. REQUIRES: a write transaction.
void writeAudit(Transaction& tx, const Actor& by, AuditAct act, const AuditTarget& target, const QString& outcome,
                qint64 at);

}  // namespace sohoi::server
