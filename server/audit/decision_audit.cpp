#include "decision_audit.h"

#include "audit_trail.h"

#include "storage/device_repository.h"

#include "auth/record_permissions.h"

namespace sohoi::server {

namespace {

constexpr int kCommentInDetail = 80;  // the log names the decision; the comment itself is in the record

AuditTarget decisionTarget(const RecordVersion& version) {
  const QVariantMap& fields = version.fields;
  if (version.kind == RecordKind::UnitRating)
    return {version.unitId, version.unitId,
            QStringLiteral("%1: %2").arg(fields.value(QStringLiteral("year")).toString(),
                                         fields.value(QStringLiteral("rating")).toString())};
  const int outcome = fields.value(QStringLiteral("outcome")).toInt();
  QString detail = outcome == 2 ? QStringLiteral("returned") : QStringLiteral("approved");
  if (const QString comment = fields.value(QStringLiteral("comment")).toString(); !comment.isEmpty())
    detail += QStringLiteral(": ") + comment.left(kCommentInDetail);
  return {fields.value(QStringLiteral("record_id")).toString(), version.unitId, detail};
}

}  // namespace

void auditAcceptedDecision(Transaction& tx, const Device& device, const RecordVersion& version, qint64 now) {
  if (!isDecisionKind(version.kind)) return;
  const AuditAct act = version.kind == RecordKind::UnitRating ? AuditAct::UnitRating : AuditAct::ReviewDecision;
  writeAudit(tx, Actor::of(device), act, decisionTarget(version), auditOutcome(std::nullopt), now);
}

}  // namespace sohoi::server
