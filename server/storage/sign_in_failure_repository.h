#pragma once
// Failed sign-ins in a row per user name, and until when signing in with it is locked. Kept by the name
// as typed (normalised), whether or not an account has it, so a lock tells nothing of which names exist.
#include <QString>

namespace sohoi::server {

class Transaction;

struct SignInFailures {
  int failures = 0;       // since the last successful sign-in
  qint64 lockedUntil = 0;  // ms since the Unix epoch; 0 when never locked
};

class SignInFailureRepository {
 public:
  explicit SignInFailureRepository(Transaction& tx) : tx_(tx) {}

  /// No failures for a name never failed (or cleared).
  SignInFailures find(const QString& username);
  /// REQUIRES: a write transaction.
  void save(const QString& username, const SignInFailures& failures, qint64 at);
  /// Forgets the name's failures and lock: after a successful sign-in or a password reset.
  void clear(const QString& username);
  /// Forgets every name whose lock has passed and that has not failed since `since`, so that names tried
  /// once (by a typo, or by someone guessing) do not pile up. REQUIRES: a write transaction.
  void forgetQuietSince(qint64 since, qint64 now);

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
