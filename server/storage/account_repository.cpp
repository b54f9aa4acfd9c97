#include "account_repository.h"

#include "org_unit_repository.h"
#include "sql.h"
#include "transaction.h"

namespace sohoi::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT person_id, full_name, role, unit_id, created_at, COALESCE(username, ''), COALESCE(password_hash, ''), "
    "COALESCE(disabled_at, 0) FROM accounts ");

Account accountFrom(const QSqlQuery& query) {
  return Account{query.value(0).toString(),   query.value(1).toString(), query.value(2).toString(),
                 query.value(3).toString(),   query.value(4).toLongLong(), query.value(5).toString(),
                 query.value(6).toString(),   query.value(7).toLongLong()};
}

std::optional<Account> first(QSqlQuery& query) {
  if (!query.next()) return std::nullopt;
  return accountFrom(query);
}

}  // namespace

void AccountRepository::insert(const Account& account) {
  tx_.write(QStringLiteral("INSERT INTO accounts (person_id, full_name, role, unit_id, created_at, username, "
                           "password_hash) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {account.personId, account.fullName, account.role, account.unitId, account.createdAt,
             sql::textOrNull(account.username), sql::textOrNull(account.passwordHash)});
}

std::optional<Account> AccountRepository::find(const QString& personId) {
  return first(sql::runCached(tx_, kSelect + QStringLiteral("WHERE person_id = ?"), {personId}));
}

std::optional<Account> AccountRepository::findByUsername(const QString& username) {
  return first(sql::runCached(tx_, kSelect + QStringLiteral("WHERE username = ?"), {username}));
}

bool AccountRepository::usernameTaken(const QString& username) { return findByUsername(username).has_value(); }

std::vector<Account> AccountRepository::list(const QString& scopePattern) {
  QSqlQuery query = sql::run(
      tx_.connection(), kSelect + QStringLiteral("WHERE unit_id ") + inSubtree() + QStringLiteral("ORDER BY unit_id, full_name, person_id"),
      {scopePattern});
  std::vector<Account> accounts;
  while (query.next()) accounts.push_back(accountFrom(query));
  return accounts;
}

void AccountRepository::setPasswordHash(const QString& personId, const QString& passwordHash) {
  sql::run(tx_.connection(), QStringLiteral("UPDATE accounts SET password_hash = ? WHERE person_id = ?"),
           {passwordHash, personId});
}

void AccountRepository::replacePasswordHash(const QString& personId, const QString& current,
                                            const QString& passwordHash) {
  sql::run(tx_.connection(),
           QStringLiteral("UPDATE accounts SET password_hash = ? WHERE person_id = ? AND password_hash = ?"),
           {passwordHash, personId, current});
}

bool AccountRepository::disable(const QString& personId, qint64 at) {
  QSqlQuery query = sql::run(
      tx_.connection(), QStringLiteral("UPDATE accounts SET disabled_at = ? WHERE person_id = ? AND disabled_at IS NULL"),
      {at, personId});
  return query.numRowsAffected() > 0;
}

}  // namespace sohoi::server
