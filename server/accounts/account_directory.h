#pragma once
// The accounts people sign in with at a desktop, as the server's operator manages them (sohoi-admin
// create-account, disable-account, reset-password, accounts). Each change is audited in its own
// transaction. Thread-safe.
#include "wall_clock.h"

#include "audit/audit_trail.h"
#include "storage/account_repository.h"
#include "sync/result.h"

#include "auth/role.h"

#include <vector>

namespace sohoi::server {

class Database;

struct NewAccount {
  QString username;  // any case: stored lowercased
  QString fullName;
  QString unitId;
  Role role = Role::DistrictStaff;
};

class AccountDirectory {
 public:
  explicit AccountDirectory(Database& database, WallClock clock = systemClock())
      : database_(database), clock_(std::move(clock)) {}

  /// Creates the account with password (hashed with Argon2id). Refuses a user name that breaks the rules or
  /// is taken (InvalidField "username"), a short password (InvalidField "password"), an empty name, an
  /// unknown or closed unit.
  Result<Account> create(const NewAccount& account, const QString& password, const Actor& by);
  /// Disables the account: it cannot sign in, its sessions end, its devices are refused. NotFound when no
  /// account has the name; InvalidField when it is disabled already.
  Result<Account> disable(const QString& username, const Actor& by);
  /// Sets a new password and lifts the name's lockout. NotFound when no account has the name.
  Result<Account> resetPassword(const QString& username, const QString& password, const Actor& by);
  /// Every account with a user name, by unit, then name.
  std::vector<Account> withUsernames();

 private:
  Database& database_;
  WallClock clock_;
};

}  // namespace sohoi::server
