#include "account_directory.h"

#include "password_hash.h"

#include "storage/database.h"
#include "storage/org_unit_repository.h"
#include "storage/session_repository.h"
#include "storage/sign_in_failure_repository.h"
#include "storage/transaction.h"
#include "sync/enrolment.h"

#include "auth/account_rules.h"
#include "ids/uuid7.h"

namespace sohoi::server {

namespace {

Rejection noSuchAccount(const QString& username) { return rejectionFor(ReasonCode::NotFound, username); }

Rejection outOfMemory() {
  return Rejection{ReasonCode::InvalidField, QStringLiteral("password"),
                   QStringLiteral("Máy chủ không đủ bộ nhớ để băm mật khẩu; hãy thử lại"),
                   QStringLiteral("The server lacks the memory to hash the password; try again")};
}

AuditTarget targetOf(const Account& account, const QString& detail) {
  return AuditTarget{account.personId, account.unitId, QStringLiteral("%1 (%2)").arg(account.username, detail)};
}

}  // namespace

Result<Account> AccountDirectory::create(const NewAccount& wanted, const QString& password, const Actor& by) {
  Account account;
  account.username = normalizedUsername(wanted.username);
  account.fullName = wanted.fullName.trimmed();
  account.role = roleName(wanted.role);
  account.unitId = wanted.unitId;
  if (auto problem = usernameProblem(account.username)) return *problem;
  if (auto problem = passwordProblem(password)) return *problem;
  if (account.fullName.isEmpty()) return rejectionFor(ReasonCode::InvalidField, QStringLiteral("full_name"));
  const std::optional<QString> hash = hashPassword(password);  // slow: before the write transaction
  if (!hash) return outOfMemory();
  account.passwordHash = *hash;
  account.personId = newUuid7();
  account.createdAt = clock_();

  Transaction tx(database_, Transaction::Mode::Write);
  if (const Result<OrgUnit> unit = Enrolment::unitToEnrolAt(tx, account.unitId); !unit) return unit.error();
  AccountRepository accounts(tx);
  if (accounts.usernameTaken(account.username))
    return Rejection{ReasonCode::InvalidField, QStringLiteral("username"),
                     QStringLiteral("Tên đăng nhập %1 đã có người dùng (username)").arg(account.username),
                     QStringLiteral("The user name %1 is taken (username)").arg(account.username)};
  accounts.insert(account);
  writeAudit(tx, by, AuditAct::CreateAccount, targetOf(account, QStringLiteral("%1, %2").arg(account.fullName, account.role)),
             auditOutcome(std::nullopt), account.createdAt);
  tx.commit();
  return account;
}

Result<Account> AccountDirectory::disable(const QString& username, const Actor& by) {
  const QString name = normalizedUsername(username);
  const qint64 now = clock_();
  Transaction tx(database_, Transaction::Mode::Write);
  AccountRepository accounts(tx);
  std::optional<Account> account = accounts.findByUsername(name);
  if (!account) return noSuchAccount(name);
  if (!accounts.disable(account->personId, now))
    return Rejection{ReasonCode::InvalidField, QStringLiteral("username"),
                     QStringLiteral("Tài khoản %1 đã bị vô hiệu hóa từ trước").arg(name),
                     QStringLiteral("The account %1 is disabled already").arg(name)};
  SessionRepository(tx).endAllOf(account->personId, now);
  account->disabledAt = now;
  writeAudit(tx, by, AuditAct::DisableAccount, targetOf(*account, account->fullName), auditOutcome(std::nullopt), now);
  tx.commit();
  return *account;
}

Result<Account> AccountDirectory::resetPassword(const QString& username, const QString& password, const Actor& by) {
  const QString name = normalizedUsername(username);
  if (auto problem = passwordProblem(password)) return *problem;
  const std::optional<QString> hash = hashPassword(password);
  if (!hash) return outOfMemory();
  Transaction tx(database_, Transaction::Mode::Write);
  AccountRepository accounts(tx);
  std::optional<Account> account = accounts.findByUsername(name);
  if (!account) return noSuchAccount(name);
  accounts.setPasswordHash(account->personId, *hash);
  SignInFailureRepository(tx).clear(name);
  writeAudit(tx, by, AuditAct::ResetPassword, targetOf(*account, account->fullName), auditOutcome(std::nullopt), clock_());
  tx.commit();
  account->passwordHash = *hash;
  return *account;
}

std::vector<Account> AccountDirectory::withUsernames() {
  Transaction tx(database_, Transaction::Mode::Read);
  std::vector<Account> all = AccountRepository(tx).list(everyUnitPattern());
  tx.commit();
  std::erase_if(all, [](const Account& account) { return account.username.isEmpty(); });
  return all;
}

}  // namespace sohoi::server
