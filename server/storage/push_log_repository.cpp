#include "push_log_repository.h"

#include "multi_row_insert.h"
#include "sql.h"
#include "transaction.h"

namespace sohoi::server {

quint64 PushLogRepository::lastSeq(const QString& deviceId) {
  QSqlQuery& query = sql::runCached(tx_, QStringLiteral("SELECT last_seq FROM devices WHERE id = ?"), {deviceId});
  return query.next() ? query.value(0).toULongLong() : 0;
}

namespace {

bool plainAcceptance(const LoggedResult& result) {
  return result.outcome == PushOutcome::Accepted && result.rejection.code == ReasonCode::None;
}

}  // namespace

LoggedResult PushLogRepository::answerFor(const QString& deviceId, quint64 seq) {
  QSqlQuery& query = sql::runCached(tx_,
                                    QStringLiteral("SELECT outcome, reason, field, message_vi, message_en "
                                                   "FROM push_results WHERE device_id = ? AND seq = ?"),
                                    {deviceId, static_cast<qint64>(seq)});
  if (!query.next()) return LoggedResult{};  // accepted, as most are (see the header)
  return LoggedResult{static_cast<PushOutcome>(query.value(0).toInt()),
                      Rejection{static_cast<ReasonCode>(query.value(1).toInt()), query.value(2).toString(),
                                query.value(3).toString(), query.value(4).toString()}};
}

void PushLogRepository::insertFrom(const QString& deviceId, quint64 firstSeq, const std::vector<LoggedResult>& results) {
  constexpr int kColumns = 7;
  std::vector<QVariant> rows;
  rows.reserve(results.size() * kColumns);
  quint64 seq = firstSeq;
  for (const LoggedResult& result : results) {
    const quint64 resultSeq = seq++;
    if (plainAcceptance(result)) continue;
    rows.insert(rows.end(), {deviceId, static_cast<qint64>(resultSeq), static_cast<int>(result.outcome),
                             static_cast<int>(result.rejection.code), sql::text(result.rejection.field),
                             sql::text(result.rejection.messageVi), sql::text(result.rejection.messageEn)});
  }
  insertRows(tx_,
             QStringLiteral("INSERT INTO push_results (device_id, seq, outcome, reason, field, message_vi, message_en)"),
             kColumns, rows);
}

}  // namespace sohoi::server
