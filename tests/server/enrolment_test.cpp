// Enrolment codes turn into device credentials once; credentials are checked on every call.
#include "server_fixture.h"

#include "auth/account_rules.h"

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
