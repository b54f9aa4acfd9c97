#include "audit_trail.h"

#include "storage/device_repository.h"

#include "ids/uuid7.h"

namespace sohoi::server {

QString auditActName(AuditAct act) {
  switch (act) {
    case AuditAct::SignIn: return QStringLiteral("sign_in");
    case AuditAct::SignOut: return QStringLiteral("sign_out");
    case AuditAct::IssueCode: return QStringLiteral("issue_code");
    case AuditAct::RevokeDevice: return QStringLiteral("revoke_device");
    case AuditAct::CreateAccount: return QStringLiteral("create_account");
    case AuditAct::DisableAccount: return QStringLiteral("disable_account");
    case AuditAct::ResetPassword: return QStringLiteral("reset_password");
    case AuditAct::ReviewDecision: return QStringLiteral("review_decision");
    case AuditAct::UnitRating: return QStringLiteral("unit_rating");
  }
  return {};
}

Actor Actor::console() { return Actor{QString(), QStringLiteral("sohoi-admin"), QString(), QString()}; }

Actor Actor::of(const Device& device, const QString& sessionId) {
  return Actor{device.personId, device.personName, device.id, sessionId};
}

QString auditOutcome(const std::optional<Rejection>& refusal) {
  return refusal ? reasonCodeName(refusal->code) : QStringLiteral("ok");
}

void writeAudit(Transaction& tx, const Actor& by, AuditAct act, const AuditTarget& target, const QString& outcome,
                qint64 at) {
  AuditRepository(tx).insert(AuditEntry{newUuid7(), at, by.personId, by.name, by.deviceId, by.sessionId,
                                        auditActName(act), target.id, target.unitId, target.detail, outcome});
}

}  // namespace sohoi::server
