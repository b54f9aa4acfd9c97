#include "sign_in_failure_repository.h"

#include "sql.h"
#include "transaction.h"

namespace sohoi::server {

SignInFailures SignInFailureRepository::find(const QString& username) {
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("SELECT failures, locked_until FROM sign_in_failures WHERE username = ?"),
                             {username});
  if (!query.next()) return {};
  return SignInFailures{query.value(0).toInt(), query.value(1).toLongLong()};
}

void SignInFailureRepository::save(const QString& username, const SignInFailures& failures, qint64 at) {
  sql::run(tx_.connection(),
           QStringLiteral("INSERT INTO sign_in_failures (username, failures, locked_until, last_failed_at) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, "
                          "locked_until = excluded.locked_until, last_failed_at = excluded.last_failed_at"),
           {username, failures.failures, failures.lockedUntil, at});
}

void SignInFailureRepository::clear(const QString& username) {
  sql::run(tx_.connection(), QStringLiteral("DELETE FROM sign_in_failures WHERE username = ?"), {username});
}

void SignInFailureRepository::forgetQuietSince(qint64 since, qint64 now) {
  sql::run(tx_.connection(),
           QStringLiteral("DELETE FROM sign_in_failures WHERE last_failed_at < ? AND locked_until <= ?"), {since, now});
}

}  // namespace sohoi::server
