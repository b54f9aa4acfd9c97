#include "sessions.h"

#include "password_hash.h"
#include "secret_token.h"

#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/session_repository.h"
#include "storage/sign_in_failure_repository.h"
#include "storage/transaction.h"
#include "sync/enrolment.h"

#include "auth/account_rules.h"
#include "ids/uuid7.h"

namespace sohoi::server {

namespace {

// A dot never occurs in base64url, so no device credential can look like a session token.
const QString kTokenPrefix = QStringLiteral("session.");
constexpr int kMaxWorkstationName = 100;

QString workstationName(const QString& name) {
  const QString trimmed = name.trimmed().left(kMaxWorkstationName);
  return trimmed.isEmpty() ? QStringLiteral("desktop") : trimmed;
}

Rejection sessionEnded(const Session& session, qint64 now) {
  Rejection rejection = rejectionFor(ReasonCode::SessionEnded);
  if (session.ended()) {
    rejection.messageVi = QStringLiteral("Phiên đăng nhập đã kết thúc (đã đăng xuất); hãy đăng nhập lại");
    rejection.messageEn = QStringLiteral("The session was signed out; sign in again");
  } else if (session.expiresAt <= now) {
    const QString at = QDateTime::fromMSecsSinceEpoch(session.expiresAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    rejection.messageVi = QStringLiteral("Phiên đăng nhập đã hết hạn lúc %1; hãy đăng nhập lại").arg(at);
    rejection.messageEn = QStringLiteral("The session expired at %1; sign in again").arg(at);
  }
  return rejection;
}

// Who tried to sign in: the account when the name has one, else only the name tried.
Actor signInActor(const std::optional<Account>& account, const QString& username) {
  return account ? Actor{account->personId, account->fullName, QString(), QString()}
                 : Actor{QString(), username, QString(), QString()};
}

}  // namespace

bool Sessions::isSessionToken(const QString& token) { return token.startsWith(kTokenPrefix); }

Result<SignedIn> Sessions::signIn(const QString& username, const QString& password, const QString& workstation) {
  const QString name = normalizedUsername(username).left(kMaxUsernameLength + 1);
  // A name no account can have: refused at once (the rule is public), and no lock is kept for it.
  if (usernameProblem(name) || password.size() > kMaxPasswordLength) return rejectionFor(ReasonCode::SignInFailed);
  std::optional<Account> account;
  bool locked = false;
  {
    Transaction tx(database_, Transaction::Mode::Read);
    locked = SignInFailureRepository(tx).find(name).lockedUntil > clock_();
    account = AccountRepository(tx).findByUsername(name);
    tx.commit();
  }
  // About 0.1 s of Argon2id, outside any transaction so no push waits for it; none while locked.
  bool verified = false;
  if (!locked && account && !account->passwordHash.isEmpty())
    verified = verifyPassword(account->passwordHash, password);
  else if (!locked)
    verifyAgainstNothing(password);
  // A hash made under the older, 64 MiB setting is made again under today's, so every later sign-in of
  // that account checks within today's memory.
  const std::optional<QString> rehashed =
      verified && madeUnderOlderSetting(account->passwordHash) ? hashPassword(password) : std::nullopt;

  const qint64 now = clock_();
  Transaction tx(database_, Transaction::Mode::Write);
  SignInFailureRepository failureLog(tx);
  // Housekeeping while the write lock is held anyway: failures go quiet after a day (the backoff starts
  // again), ended sessions are kept a month.
  failureLog.forgetQuietSince(now - kFailuresRememberedMs, now);
  SessionRepository(tx).removeEndedBefore(now - kEndedSessionsKeptMs);
  SignInFailures failures = failureLog.find(name);
  const AuditTarget target{name, account ? account->unitId : QString(), workstationName(workstation)};
  const Actor actor = signInActor(account, name);
  std::optional<Rejection> refusal;
  if (failures.lockedUntil > now) {
    refusal = lockedRejection(failures.lockedUntil, now);  // locked before, or by attempts made meanwhile
  } else if (!verified) {
    ++failures.failures;
    const qint64 lock = lockout_.lockAfter(failures.failures);
    if (lock > 0) failures.lockedUntil = now + lock;
    failureLog.save(name, failures, now);
    refusal = lock > 0 ? lockedRejection(failures.lockedUntil, now) : rejectionFor(ReasonCode::SignInFailed);
  } else if (account->disabled()) {
    refusal = rejectionFor(ReasonCode::AccountDisabled);
  }
  if (refusal) {
    writeAudit(tx, actor, AuditAct::SignIn, target, auditOutcome(refusal), now);
    tx.commit();
    return *refusal;
  }
  failureLog.clear(name);
  if (rehashed)
    AccountRepository(tx).replacePasswordHash(account->personId, account->passwordHash, *rehashed);
  Result<SignedIn> signedIn = open(tx, account->personId, target.detail, now);
  if (!signedIn) return signedIn;
  writeAudit(tx, Actor::of(signedIn.value().device, signedIn.value().session.id), AuditAct::SignIn, target,
             auditOutcome(std::nullopt), now);
  tx.commit();
  return signedIn;
}

Result<SignedIn> Sessions::open(Transaction& tx, const QString& personId, const QString& workstation, qint64 now) {
  SessionRepository sessions(tx);
  DeviceRepository devices(tx);
  std::optional<Device> device;
  if (const std::optional<QString> deviceId = sessions.workstationDevice(personId, workstation))
    device = devices.find(*deviceId);
  if (!device || device->revoked()) {
    // The workstation's first sign-in, or its device was revoked: a new device, whose credential nobody
    // ever holds (the session token stands in for it).
    const std::optional<Account> account = AccountRepository(tx).find(personId);
    Device fresh;
    fresh.id = newUuid7();
    fresh.personId = personId;
    fresh.unitId = account->unitId;
    fresh.name = workstation;
    fresh.enrolledAt = now;
    devices.insert(fresh, tokenHash(randomToken()));
    sessions.bindWorkstation(personId, workstation, fresh.id);
    device = devices.find(fresh.id);
  }
  Result<Device> working = Enrolment::workingDevice(tx, device);
  if (!working) return working.error();
  SignedIn signedIn{kTokenPrefix + randomToken(), Session{newUuid7(), personId, device->id, now, now + kLifetimeMs, 0},
                    working.value()};
  sessions.insert(signedIn.session, tokenHash(signedIn.token));
  return signedIn;
}

Result<Caller> Sessions::authenticate(const QString& token) {
  if (!isSessionToken(token)) return rejectionFor(ReasonCode::Unauthenticated);
  const qint64 now = clock_();
  Transaction tx(database_, Transaction::Mode::Read);
  const std::optional<Session> session = SessionRepository(tx).findByTokenHash(tokenHash(token));
  if (!session) return rejectionFor(ReasonCode::SessionEnded);
  if (session->ended() || session->expiresAt <= now) return sessionEnded(*session, now);
  Result<Device> device = Enrolment::workingDevice(tx, DeviceRepository(tx).find(session->deviceId));
  tx.commit();
  if (!device) return device.error();
  return Caller{device.value(), session->id};
}

std::optional<Rejection> Sessions::signOut(const QString& token) {
  Result<Caller> caller = authenticate(token);
  if (!caller) return caller.error();
  const qint64 now = clock_();
  Transaction tx(database_, Transaction::Mode::Write);
  SessionRepository(tx).end(caller.value().sessionId, now);
  writeAudit(tx, caller.value().actor(), AuditAct::SignOut,
             {caller.value().device.personId, caller.value().device.unitId, caller.value().device.name},
             auditOutcome(std::nullopt), now);
  tx.commit();
  return std::nullopt;
}

}  // namespace sohoi::server
