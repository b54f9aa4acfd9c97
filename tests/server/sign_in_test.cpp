// Signing in at a desktop (server/accounts/sessions.h): lockout and its backoff, sessions that expire or are
// signed out, and the workstation device a session works as. Time is a variable the tests move.
#include "server_fixture.h"

#include "accounts/account_directory.h"
#include "accounts/sessions.h"
#include "accounts/secret_token.h"
#include "storage/session_repository.h"
#include "storage/sign_in_failure_repository.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using namespace sohoi::server::test;

namespace {

const QString kPassword = QStringLiteral("mật khẩu dài đủ 10");
const QString kWrong = QStringLiteral("không phải mật khẩu");
constexpr qint64 kMinute = 60 * 1000;

struct SignInFixture : ServerFixture {
  qint64 now = QDateTime::currentMSecsSinceEpoch();
  Sessions sessions{db(), [this] { return now; }};

  SignInFixture() {
    REQUIRE(AccountDirectory(db())
                .create({QStringLiteral("lan"), QStringLiteral("Lê Thị Lan"), QStringLiteral("164"), Role::DistrictStaff},
                        kPassword, Actor::console())
                .ok());
  }
  ReasonCode attempt(const QString& username, const QString& password) {
    const Result<SignedIn> result = sessions.signIn(username, password, QStringLiteral("pc-1"));
    return result ? ReasonCode::None : result.error().code;
  }
  // Fails n times without spending Argon2id on each: the failures as the store keeps them.
  void failTimes(const QString& username, int n) {
    Transaction tx(db(), Transaction::Mode::Write);
    SignInFailureRepository(tx).save(username, SignInFailures{n, 0}, now);
    tx.commit();
  }
};

}  // namespace

TEST_CASE("an unknown user name and a wrong password get the same answer") {
  SignInFixture f;
  const Result<SignedIn> wrong = f.sessions.signIn(QStringLiteral("lan"), kWrong, QStringLiteral("pc"));
  const Result<SignedIn> unknown = f.sessions.signIn(QStringLiteral("mai"), kWrong, QStringLiteral("pc"));
  REQUIRE_FALSE(wrong);
  REQUIRE_FALSE(unknown);
  CHECK(wrong.error().code == ReasonCode::SignInFailed);
  CHECK(unknown.error().bilingual() == wrong.error().bilingual());
}

TEST_CASE("the fifth failure in a row locks the name for a minute and says when to try again") {
  SignInFixture f;
  f.failTimes(QStringLiteral("lan"), 4);
  const Result<SignedIn> fifth = f.sessions.signIn(QStringLiteral("lan"), kWrong, QStringLiteral("pc"));
  REQUIRE_FALSE(fifth);
  CHECK(fifth.error().code == ReasonCode::AccountLocked);
  CHECK(fifth.error().messageVi.contains(QStringLiteral("1 phút")));
  CHECK(fifth.error().messageEn.contains(QStringLiteral("try again in 1 min")));
  f.now += 30 * 1000;
  CHECK(f.attempt(QStringLiteral("lan"), kPassword) == ReasonCode::AccountLocked);  // even the right password
}

TEST_CASE("a locked name signs in with the right password once the lock has passed") {
  SignInFixture f;
  f.failTimes(QStringLiteral("lan"), 4);
  REQUIRE(f.attempt(QStringLiteral("lan"), kWrong) == ReasonCode::AccountLocked);
  f.now += kMinute + 1;
  CHECK(f.attempt(QStringLiteral("lan"), kPassword) == ReasonCode::None);
}

TEST_CASE("a name no account has is locked like one that has") {
  SignInFixture f;
  f.failTimes(QStringLiteral("mai"), 4);
  CHECK(f.attempt(QStringLiteral("mai"), kWrong) == ReasonCode::AccountLocked);
}

TEST_CASE("each further lock lasts twice as long, up to an hour") {
  const SignInLockout lockout;
  CHECK(lockout.lockAfter(4) == 0);
  CHECK(lockout.lockAfter(5) == kMinute);
  CHECK(lockout.lockAfter(6) == 0);
  CHECK(lockout.lockAfter(10) == 2 * kMinute);
  CHECK(lockout.lockAfter(15) == 4 * kMinute);
  CHECK(lockout.lockAfter(30) == 32 * kMinute);
  CHECK(lockout.lockAfter(35) == 60 * kMinute);
  CHECK(lockout.lockAfter(500) == 60 * kMinute);
}

TEST_CASE("the tenth failure locks for two minutes") {
  SignInFixture f;
  f.failTimes(QStringLiteral("lan"), 9);
  const Result<SignedIn> tenth = f.sessions.signIn(QStringLiteral("lan"), kWrong, QStringLiteral("pc"));
  REQUIRE_FALSE(tenth);
  CHECK(tenth.error().messageEn.contains(QStringLiteral("in 2 min")));
  f.now += kMinute + 1;
  CHECK(f.attempt(QStringLiteral("lan"), kPassword) == ReasonCode::AccountLocked);
}

TEST_CASE("a successful sign-in forgets the failures before it") {
  SignInFixture f;
  f.failTimes(QStringLiteral("lan"), 4);
  REQUIRE(f.attempt(QStringLiteral("lan"), kPassword) == ReasonCode::None);
  Transaction tx(f.db(), Transaction::Mode::Read);
  CHECK(SignInFailureRepository(tx).find(QStringLiteral("lan")).failures == 0);
}

TEST_CASE("a session works as a device with the account's role and unit") {
  SignInFixture f;
  const Result<SignedIn> signedIn = f.sessions.signIn(QStringLiteral(" LAN "), kPassword, QStringLiteral("pc-1"));
  REQUIRE(signedIn.ok());
  CHECK(signedIn.value().token.startsWith(QStringLiteral("session.")));
  const Result<Caller> caller = f.sessions.authenticate(signedIn.value().token);
  REQUIRE(caller.ok());
  CHECK(caller.value().device.role == Role::DistrictStaff);
  CHECK(caller.value().device.unitId == QStringLiteral("164"));
  CHECK(caller.value().device.personName == QStringLiteral("Lê Thị Lan"));
  CHECK(caller.value().sessionId == signedIn.value().session.id);
}

TEST_CASE("signing in again at the same workstation continues its device, another workstation gets its own") {
  SignInFixture f;
  const Result<SignedIn> first = f.sessions.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc-1"));
  const Result<SignedIn> again = f.sessions.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc-1"));
  const Result<SignedIn> other = f.sessions.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("laptop"));
  REQUIRE((first.ok() && again.ok() && other.ok()));
  CHECK(again.value().device.id == first.value().device.id);
  CHECK(again.value().token != first.value().token);
  CHECK(other.value().device.id != first.value().device.id);
}

TEST_CASE("a session expires twelve hours after sign-in") {
  SignInFixture f;
  const Result<SignedIn> signedIn = f.sessions.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc"));
  REQUIRE(signedIn.ok());
  f.now += Sessions::kLifetimeMs - 1;
  CHECK(f.sessions.authenticate(signedIn.value().token).ok());
  f.now += 1;
  const Result<Caller> expired = f.sessions.authenticate(signedIn.value().token);
  REQUIRE_FALSE(expired);
  CHECK(expired.error().code == ReasonCode::SessionEnded);
  CHECK(expired.error().messageVi.contains(QStringLiteral("hết hạn")));
  CHECK(expired.error().messageEn.contains(QStringLiteral("expired")));
}

TEST_CASE("a signed-out session is refused") {
  SignInFixture f;
  const Result<SignedIn> signedIn = f.sessions.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc"));
  REQUIRE(signedIn.ok());
  REQUIRE_FALSE(f.sessions.signOut(signedIn.value().token));
  const Result<Caller> after = f.sessions.authenticate(signedIn.value().token);
  REQUIRE_FALSE(after);
  CHECK(after.error().code == ReasonCode::SessionEnded);
  CHECK(after.error().messageEn.contains(QStringLiteral("signed out")));
  CHECK(f.sessions.signOut(signedIn.value().token)->code == ReasonCode::SessionEnded);
}

TEST_CASE("a made-up session token is refused") {
  SignInFixture f;
  CHECK(f.sessions.authenticate(QStringLiteral("session.bogus")).error().code == ReasonCode::SessionEnded);
}

TEST_CASE("a session whose workstation device was revoked is refused, and the next sign-in gets a new device") {
  SignInFixture f;
  const Result<SignedIn> first = f.sessions.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc"));
  REQUIRE(first.ok());
  REQUIRE(f.enrolment.revoke(first.value().device.id));
  CHECK(f.sessions.authenticate(first.value().token).error().code == ReasonCode::Revoked);
  const Result<SignedIn> again = f.sessions.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc"));
  REQUIRE(again.ok());
  CHECK(again.value().device.id != first.value().device.id);
}

TEST_CASE("resetting the password lifts a lock at once") {
  SignInFixture f;
  f.failTimes(QStringLiteral("lan"), 4);
  REQUIRE(f.attempt(QStringLiteral("lan"), kWrong) == ReasonCode::AccountLocked);
  const QString fresh = QStringLiteral("một mật khẩu mới khác");
  REQUIRE(AccountDirectory(f.db()).resetPassword(QStringLiteral("lan"), fresh, Actor::console()).ok());
  CHECK(f.attempt(QStringLiteral("lan"), fresh) == ReasonCode::None);
}

TEST_CASE("failures followed by a quiet day are forgotten, and the count starts again") {
  SignInFixture f;
  f.failTimes(QStringLiteral("lan"), 4);
  f.now += Sessions::kFailuresRememberedMs + kMinute;
  CHECK(f.attempt(QStringLiteral("lan"), kWrong) == ReasonCode::SignInFailed);  // the first of five, not the fifth
  Transaction tx(f.db(), Transaction::Mode::Read);
  CHECK(SignInFailureRepository(tx).find(QStringLiteral("lan")).failures == 1);
}

TEST_CASE("a session ended more than a month ago is removed at a later sign-in") {
  SignInFixture f;
  const Result<SignedIn> first = f.sessions.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc-1"));
  REQUIRE(first);
  REQUIRE_FALSE(f.sessions.signOut(first.value().token));
  const auto stored = [&] {
    Transaction tx(f.db(), Transaction::Mode::Read);
    return SessionRepository(tx).findByTokenHash(tokenHash(first.value().token)).has_value();
  };
  f.now += Sessions::kEndedSessionsKeptMs - kMinute;
  REQUIRE(f.attempt(QStringLiteral("lan"), kPassword) == ReasonCode::None);
  CHECK(stored());  // within the month: kept
  f.now += 2 * kMinute;
  REQUIRE(f.attempt(QStringLiteral("lan"), kPassword) == ReasonCode::None);
  CHECK_FALSE(stored());
}
