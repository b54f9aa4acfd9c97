#pragma once
// Signing in at a desktop (đăng nhập): a user name and password become a session token that expires, can
// be signed out, and is accepted on every call in place of a device credential. A session works as its
// account's workstation device (one per account and workstation name, reused on every sign-in there), so a
// desktop pushes and pulls exactly as a tablet does, with the account's role and unit. Failed sign-ins
// lock the user name (SignInLockout); every sign-in, failed or not, and every sign-out is audited.
// Thread-safe: each call runs in its own transactions; the slow password check runs outside them.
#include "caller.h"
#include "sign_in_lockout.h"
#include "wall_clock.h"

#include "storage/session_repository.h"
#include "sync/result.h"

namespace sohoi::server {

class Database;

struct SignedIn {
  QString token;    // the bearer secret; shown once, only its SHA-256 is stored
  Session session;
  Device device;    // the workstation device the session works as
};

class Sessions {
 public:
  static constexpr qint64 kLifetimeMs = 12LL * 60 * 60 * 1000;  // a working day, then sign in again
  static constexpr qint64 kFailuresRememberedMs = 24LL * 60 * 60 * 1000;  // quiet this long: failures forgotten
  static constexpr qint64 kEndedSessionsKeptMs = 30LL * 24 * 60 * 60 * 1000;

  explicit Sessions(Database& database, WallClock clock = systemClock()) : database_(database), clock_(std::move(clock)) {}

  /// A new session for the account with username (any case) and password, working from the named
  /// workstation. An unknown name and a wrong password get the same SignInFailed; a locked name gets
  /// AccountLocked saying when to try again; a disabled account (right password) AccountDisabled.
  Result<SignedIn> signIn(const QString& username, const QString& password, const QString& workstation);
  /// The caller a session token names. Unknown, expired or signed out → SessionEnded; its workstation
  /// revoked → Revoked; its account disabled → AccountDisabled.
  Result<Caller> authenticate(const QString& token);
  /// Ends the session the token names; refused as authenticate() refuses.
  std::optional<Rejection> signOut(const QString& token);

  /// Whether a bearer token is a session's (device credentials never start so).
  static bool isSessionToken(const QString& token);

 private:
  Result<SignedIn> open(Transaction& tx, const QString& personId, const QString& workstation, qint64 now);

  Database& database_;
  WallClock clock_;
  SignInLockout lockout_;
};

}  // namespace sohoi::server
