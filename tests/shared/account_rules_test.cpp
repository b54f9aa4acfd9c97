// The shape of user names and passwords for desktop sign-in, and of the name of a person to enrol
// (shared/auth/account_rules.h).
#include "auth/account_rules.h"
#include "domain/field_limits.h"

#include <catch2/catch.hpp>

using namespace sohoi;

TEST_CASE("a user name is looked up trimmed and lowercased") {
  CHECK(normalizedUsername(QStringLiteral("  Lan.Nguyen ")) == QStringLiteral("lan.nguyen"));
}

TEST_CASE("a user name has 3 to 64 characters of a-z, digits, dot, underscore and dash") {
  CHECK_FALSE(usernameProblem(QStringLiteral("lan.nguyen_2-a")));
  CHECK_FALSE(usernameProblem(QStringLiteral("abc")));
  CHECK_FALSE(usernameProblem(QString(64, QLatin1Char('a'))));
  for (const QString& bad : {QStringLiteral("ab"), QString(65, QLatin1Char('a')), QStringLiteral("lan nguyen"),
                             QStringLiteral("hạnh"), QStringLiteral("lan@x"), QStringLiteral("Lan")}) {
    INFO(bad.toStdString());
    const std::optional<Rejection> problem = usernameProblem(bad);
    REQUIRE(problem);
    CHECK(problem->code == ReasonCode::InvalidField);
    CHECK(problem->field == QStringLiteral("username"));
  }
}

TEST_CASE("a password has at least 10 characters") {
  CHECK_FALSE(passwordProblem(QStringLiteral("mười ký tự!")));
  const std::optional<Rejection> problem = passwordProblem(QStringLiteral("123456789"));
  REQUIRE(problem);
  CHECK(problem->field == QStringLiteral("password"));
  CHECK(problem->messageVi.contains(QStringLiteral("10")));
  CHECK(problem->messageEn.contains(QStringLiteral("10")));
}

TEST_CASE("a person to enrol needs a name of at most one line's length") {
  CHECK_FALSE(personNameProblem(QStringLiteral("  Nguyễn Thị Hạnh ")));
  CHECK_FALSE(personNameProblem(QString(kMaxShortText, QChar(0x1EA1))));  // "ạ": counted as one character
  for (const QString& bad : {QString(), QStringLiteral("   "), QString(kMaxShortText + 1, QLatin1Char('a'))}) {
    INFO(bad.size());
    const std::optional<Rejection> problem = personNameProblem(bad);
    REQUIRE(problem);
    CHECK(problem->code == ReasonCode::InvalidField);
    CHECK(problem->field == QStringLiteral("person_name"));
    CHECK_FALSE(problem->messageVi.isEmpty());
    CHECK_FALSE(problem->messageEn.isEmpty());
  }
}
