#include "enrolment_repository.h"

#include "org_unit_repository.h"
#include "sql.h"
#include "transaction.h"

namespace sohoi::server {

namespace {

const QString kCodeColumns = QStringLiteral(
    "c.code, c.person_id, c.unit_id, c.created_at, c.expires_at, COALESCE(c.used_at, 0), "
    "COALESCE(c.device_id, ''), COALESCE(c.attempt_hash, '')");
const QString kSelectCode = QStringLiteral("SELECT %1 FROM enrolment_codes c ").arg(kCodeColumns);

// Row: a QSqlQuery or ReadRows on a row of kSelectCode.
template <typename Row>
EnrolmentCode codeFrom(const Row& query) {
  return EnrolmentCode{query.value(0).toString(),   query.value(1).toString(),   query.value(2).toString(),
                       query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                       query.value(6).toString(),   query.value(7).toString()};
}

}  // namespace

bool EnrolmentRepository::insertCode(const EnrolmentCode& code) {
  QSqlQuery& query = sql::runCached(
      tx_,
      QStringLiteral("INSERT INTO enrolment_codes (code, person_id, unit_id, created_at, expires_at) "
                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING"),
      {code.code, code.personId, code.unitId, code.createdAt, code.expiresAt});
  return query.numRowsAffected() > 0;
}

std::optional<CodeToUse> EnrolmentRepository::findCode(const QString& code) {
  static const QString statement =
      QStringLiteral(
          "SELECT %1, COALESCE(a.full_name, ''), COALESCE(a.role, '') FROM enrolment_codes c "
          "LEFT JOIN accounts a ON a.person_id = c.person_id WHERE c.code = ?")
          .arg(kCodeColumns);
  ReadRows rows = tx_.read(statement, {code});
  if (!rows.next()) return std::nullopt;
  return CodeToUse{codeFrom(rows), rows.value(8).toString(), rows.value(9).toString()};
}

std::vector<EnrolmentCode> EnrolmentRepository::list(const QString& scopePattern) {
  QSqlQuery query = sql::run(tx_.connection(),
                             kSelectCode + QStringLiteral("WHERE c.unit_id ") + inSubtree() +
                                 QStringLiteral("ORDER BY c.created_at DESC, c.code"),
                             {scopePattern});
  std::vector<EnrolmentCode> codes;
  while (query.next()) codes.push_back(codeFrom(query));
  return codes;
}

bool EnrolmentRepository::markUsed(const QString& code, qint64 at, const QString& deviceId,
                                   const QString& attemptHash) {
  ReadRows updated =
      tx_.read(QStringLiteral("UPDATE enrolment_codes SET used_at = ?, device_id = ?, attempt_hash = ? "
                              "WHERE code = ? AND used_at IS NULL RETURNING code"),
               {at, deviceId, sql::textOrNull(attemptHash), code});
  return updated.next();
}

}  // namespace sohoi::server
