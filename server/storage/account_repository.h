#pragma once
// People with accounts (tài khoản): everyone enrolled with a code has one; those who work at a desktop
// also have a user name and a password hash (Argon2id, never the password) to sign in with.
#include <QString>
#include <optional>
#include <vector>

namespace sohoi::server {

class Transaction;

struct Account {
  QString personId;  // UUIDv7
  QString fullName;
  QString role;      // a name of shared/auth/role.h, e.g. "district_staff"
  QString unitId;
  qint64 createdAt = 0;   // ms since the Unix epoch
  QString username;       // empty when the person only works on enrolled devices
  QString passwordHash;   // crypto_pwhash_str's string; empty without a user name; never leaves the server
  qint64 disabledAt = 0;  // 0 while the account may work

  bool disabled() const { return disabledAt != 0; }
};

class AccountRepository {
 public:
  explicit AccountRepository(Transaction& tx) : tx_(tx) {}

  /// REQUIRES: a write transaction; personId and (when set) username unused.
  void insert(const Account& account);
  std::optional<Account> find(const QString& personId);
  std::optional<Account> findByUsername(const QString& username);
  /// Whether an account already signs in with username.
  bool usernameTaken(const QString& username);
  /// The accounts whose unit's path matches scopePattern (subtreePattern(), everyUnitPattern()), by unit,
  /// then name.
  std::vector<Account> list(const QString& scopePattern);
  void setPasswordHash(const QString& personId, const QString& passwordHash);
  /// Replaces the hash only while it is still `current` (a password reset meanwhile wins).
  void replacePasswordHash(const QString& personId, const QString& current, const QString& passwordHash);
  /// False when unknown or disabled already.
  bool disable(const QString& personId, qint64 at);

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
