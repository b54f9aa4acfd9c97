#include "enrolment_repository.h"

#include "org_unit_repository.h"
#include "sql.h"
#include "transaction.h"

namespace sohoi::server {

namespace {

const QString kSelectCode = QStringLiteral(
    "SELECT code, person_id, unit_id, created_at, expires_at, COALESCE(used_at, 0), COALESCE(device_id, ''), "
    "COALESCE(attempt_hash, '') FROM enrolment_codes ");

EnrolmentCode codeFrom(const QSqlQuery& query) {
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

std::optional<EnrolmentCode> EnrolmentRepository::findCode(const QString& code) {
  QSqlQuery& query = sql::runCached(tx_, kSelectCode + QStringLiteral("WHERE code = ?"), {code});
  if (!query.next()) return std::nullopt;
  return codeFrom(query);
}

std::vector<EnrolmentCode> EnrolmentRepository::list(const QString& scopePattern) {
  QSqlQuery query = sql::run(tx_.connection(),
                             kSelectCode + QStringLiteral("WHERE unit_id ") + inSubtree() +
                                 QStringLiteral("ORDER BY created_at DESC, code"),
                             {scopePattern});
  std::vector<EnrolmentCode> codes;
  while (query.next()) codes.push_back(codeFrom(query));
  return codes;
}

bool EnrolmentRepository::markUsed(const QString& code, qint64 at, const QString& deviceId,
                                   const QString& attemptHash) {
  QSqlQuery& query =
      sql::runCached(tx_,
                     QStringLiteral("UPDATE enrolment_codes SET used_at = ?, device_id = ?, attempt_hash = ? "
                                    "WHERE code = ? AND used_at IS NULL"),
                     {at, deviceId, sql::textOrNull(attemptHash), code});
  return query.numRowsAffected() > 0;
}

}  // namespace sohoi::server
