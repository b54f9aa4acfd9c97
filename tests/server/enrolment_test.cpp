// Enrolment codes turn into device credentials once; credentials are checked on every call.
#include "server_fixture.h"
#include "test_database.h"

#include "auth/account_rules.h"

#include "storage/meta_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::ServerFixture;

TEST_CASE("an enrolment code becomes a device with the person's scope") {
  ServerFixture f;
  Result<IssuedCode> code = f.enrolment.issueCode(QStringLiteral("05449-1"), QStringLiteral("Nguyễn Thị Hoa"));
  REQUIRE(code.ok());
  CHECK(code.value().code.size() == 8);
  Result<EnrolledDevice> enrolled = f.enrolment.enrol(code.value().code.toLower(), QStringLiteral("Máy tính bảng"));
  REQUIRE(enrolled.ok());
  CHECK(enrolled.value().device.unitId == QStringLiteral("05449-1"));
  CHECK(enrolled.value().device.personId == code.value().personId);
  CHECK(enrolled.value().device.personName == QStringLiteral("Nguyễn Thị Hoa"));
  CHECK(enrolled.value().credential.size() >= 43);
  Result<Device> authenticated = f.enrolment.authenticate(enrolled.value().credential);
  REQUIRE(authenticated.ok());
  CHECK(authenticated.value().id == enrolled.value().device.id);
  Transaction tx(f.db(), Transaction::Mode::Read);
  CHECK(enrolled.value().serverEpoch == MetaRepository(tx).epoch());  // the device starts in this epoch
}

TEST_CASE("enrolment codes avoid look-alike characters") {
  ServerFixture f;
  for (int i = 0; i < 20; ++i) {
    const QString code = f.enrolment.issueCode(QStringLiteral("05449"), QStringLiteral("A")).value().code;
    for (QChar c : QStringLiteral("01OIL")) CHECK_FALSE(code.contains(c));
  }
}

TEST_CASE("a code for an unknown unit is not issued") {
  ServerFixture f;
  Result<IssuedCode> code = f.enrolment.issueCode(QStringLiteral("99999"), QStringLiteral("A"));
  REQUIRE_FALSE(code.ok());
  CHECK(code.error().code == ReasonCode::UnknownUnit);
}

TEST_CASE("a code for a blank name is not issued, in the workspace's words") {
  ServerFixture f;
  Result<IssuedCode> code = f.enrolment.issueCode(QStringLiteral("05449-1"), QStringLiteral("  "));
  REQUIRE_FALSE(code.ok());
  CHECK(code.error().code == ReasonCode::InvalidField);
  CHECK(code.error().field == QStringLiteral("person_name"));
  CHECK(code.error().messageVi == personNameProblem(QString())->messageVi);
}

TEST_CASE("a used enrolment code is refused") {
  ServerFixture f;
  const QString code = f.enrolment.issueCode(QStringLiteral("05449-1"), QStringLiteral("A")).value().code;
  REQUIRE(f.enrolment.enrol(code, QStringLiteral("first")).ok());
  Result<EnrolledDevice> second = f.enrolment.enrol(code, QStringLiteral("second"));
  REQUIRE_FALSE(second.ok());
  CHECK(second.error().code == ReasonCode::BadEnrolmentCode);
  CHECK(f.enrolment.enrol(QStringLiteral("ZZZZZZZZ"), {}).error().code == ReasonCode::BadEnrolmentCode);
}

TEST_CASE("an expired enrolment code is refused") {
  ServerFixture f;
  const QString code = f.enrolment.issueCode(QStringLiteral("05449-1"), QStringLiteral("A")).value().code;
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    sql::run(tx.connection(), QStringLiteral("UPDATE enrolment_codes SET expires_at = 1 WHERE code = ?"), {code});
    tx.commit();
  }
  Result<EnrolledDevice> enrolled = f.enrolment.enrol(code, {});
  REQUIRE_FALSE(enrolled.ok());
  CHECK(enrolled.error().code == ReasonCode::ExpiredEnrolmentCode);
}

TEST_CASE("an unknown credential is refused") {
  ServerFixture f;
  CHECK(f.enrolment.authenticate(QStringLiteral("nope")).error().code == ReasonCode::Unauthenticated);
  CHECK(f.enrolment.authenticate({}).error().code == ReasonCode::Unauthenticated);
}

TEST_CASE("a revoked device is refused") {
  ServerFixture f;
  const QString code = f.enrolment.issueCode(QStringLiteral("05449-1"), QStringLiteral("A")).value().code;
  const EnrolledDevice enrolled = f.enrolment.enrol(code, {}).value();
  CHECK(f.enrolment.revoke(enrolled.device.id));
  CHECK_FALSE(f.enrolment.revoke(enrolled.device.id));
  Result<Device> authenticated = f.enrolment.authenticate(enrolled.credential);
  REQUIRE_FALSE(authenticated.ok());
  CHECK(authenticated.error().code == ReasonCode::Revoked);
}

namespace {

const QByteArray kAttempt = QByteArrayLiteral("\x01\x02\x03\x04 sixteen bytes");

// Enrols a new code for 05449-1 in kAttempt; the first answer, as if it had been lost on the way.
std::pair<QString, EnrolledDevice> enrolledInAttempt(ServerFixture& f) {
  const QString code = f.enrolment.issueCode(QStringLiteral("05449-1"), QStringLiteral("Lò Thị Mai")).value().code;
  Result<EnrolledDevice> first = f.enrolment.enrol(code, QStringLiteral("tablet"), kAttempt);
  REQUIRE(first.ok());
  return {code, first.value()};
}

}  // namespace

TEST_CASE("a code resent in the attempt that used it answers the same device with a new credential") {
  ServerFixture f;
  const auto [code, first] = enrolledInAttempt(f);
  Result<EnrolledDevice> again = f.enrolment.enrol(code, QStringLiteral("tablet"), kAttempt);
  REQUIRE(again.ok());
  CHECK(again.value().device.id == first.device.id);
  CHECK(again.value().device.personName == QStringLiteral("Lò Thị Mai"));
  CHECK(again.value().device.unitId == QStringLiteral("05449-1"));
  CHECK(again.value().credential != first.credential);
  CHECK(again.value().serverEpoch == first.serverEpoch);
  CHECK_FALSE(again.value().serverEpoch.isEmpty());
  Result<Device> authenticated = f.enrolment.authenticate(again.value().credential);
  REQUIRE(authenticated.ok());
  CHECK(authenticated.value().id == first.device.id);
  CHECK(f.enrolment.authenticate(first.credential).error().code == ReasonCode::Unauthenticated);
}

TEST_CASE("a used code in another attempt, or in none, is refused and changes nothing") {
  ServerFixture f;
  const auto [code, first] = enrolledInAttempt(f);
  CHECK(f.enrolment.enrol(code, {}, QByteArrayLiteral("another attempt!")).error().code ==
        ReasonCode::BadEnrolmentCode);
  CHECK(f.enrolment.enrol(code, {}).error().code == ReasonCode::BadEnrolmentCode);
  CHECK(f.enrolment.authenticate(first.credential).ok());
}

TEST_CASE("a code used by an app that sent no attempt id is not answered again") {
  ServerFixture f;
  const QString code = f.enrolment.issueCode(QStringLiteral("05449-1"), QStringLiteral("A")).value().code;
  REQUIRE(f.enrolment.enrol(code, {}).ok());
  CHECK(f.enrolment.enrol(code, {}, kAttempt).error().code == ReasonCode::BadEnrolmentCode);
}

TEST_CASE("a resent attempt of a revoked device is refused") {
  ServerFixture f;
  const auto [code, first] = enrolledInAttempt(f);
  REQUIRE(f.enrolment.revoke(first.device.id));
  CHECK(f.enrolment.enrol(code, {}, kAttempt).error().code == ReasonCode::BadEnrolmentCode);
}

TEST_CASE("a resent attempt of an expired code is refused") {
  ServerFixture f;
  const auto [code, first] = enrolledInAttempt(f);
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    sql::run(tx.connection(), QStringLiteral("UPDATE enrolment_codes SET expires_at = 1 WHERE code = ?"), {code});
    tx.commit();
  }
  CHECK(f.enrolment.enrol(code, {}, kAttempt).error().code == ReasonCode::BadEnrolmentCode);
  CHECK(f.enrolment.authenticate(first.credential).ok());
}

TEST_CASE("a device that has called since keeps its credential when its attempt comes again") {
  ServerFixture f;
  const auto [code, first] = enrolledInAttempt(f);
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    DeviceRepository(tx).recordPush(first.device.id, 0, 1000, std::nullopt);
    tx.commit();
  }
  CHECK(f.enrolment.enrol(code, {}, kAttempt).error().code == ReasonCode::BadEnrolmentCode);
  CHECK(f.enrolment.authenticate(first.credential).ok());
}

TEST_CASE("on PostgreSQL an enrolment's statements are prepared once per connection, not on every call") {
  // Prepared anew, a statement costs three round trips (PREPARE, EXECUTE, DEALLOCATE) and a plan each time:
  // a wave of first syncs is mostly enrolments.
  if (!testing::testsOnPostgres()) return;
  ServerFixture f;
  for (int i = 0; i < 3; ++i) f.enrolDevice(QStringLiteral("05449-1"));
  Transaction tx(f.db(), Transaction::Mode::Read);
  for (const char* statement : {"INSERT INTO enrolment_codes", "FROM enrolment_codes c LEFT JOIN accounts",
                                "UPDATE enrolment_codes SET used_at", "INSERT INTO devices",
                                "INSERT INTO accounts", "FROM org_units WHERE id ="}) {
    QSqlQuery held = sql::run(tx.connection(),
                              QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE ?"),
                              {QStringLiteral("%%1%").arg(QLatin1String(statement))});
    REQUIRE(held.next());
    INFO(statement);
    CHECK(held.value(0).toInt() == 1);
  }
}

TEST_CASE("on PostgreSQL an enrolment's reads and writes send their values beside the statement") {
  // Qt's driver prepares with SQL (PREPARE … AS) and runs EXECUTE name('literal', …): PostgreSQL parses
  // every value back from text, and each statement is a round trip of its own. Through libpq's protocol the
  // device row travels with the epoch's read, while the enrolment holds the writers' lock.
  if (!testing::testsOnPostgres()) return;
  ServerFixture f;
  f.enrolDevice(QStringLiteral("05449-1"));
  Transaction tx(f.db(), Transaction::Mode::Read);
  for (const char* statement :
       {"FROM enrolment_codes c LEFT JOIN accounts", "UPDATE enrolment_codes SET used_at",
        "INSERT INTO devices", "SELECT key, value FROM meta"}) {
    QSqlQuery held = sql::run(
        tx.connection(),
        QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE ? AND NOT from_sql"),
        {QStringLiteral("%%1%").arg(QLatin1String(statement))});
    REQUIRE(held.next());
    INFO(statement);
    CHECK(held.value(0).toInt() == 1);
  }
}
