// sohoi-admin's account commands: create-account, reset-password, disable-account, accounts.
#include "admin_run.h"
#include "server_fixture.h"

#include "accounts/sessions.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using namespace sohoi::server::test;

namespace {

struct CommandFixture : ServerFixture {
  QString spec = dbSpec();

  AdminRun run(QStringList arguments) { return admin(QStringList{QStringLiteral("--db"), spec} + arguments); }
  QString passwordFile(const QString& password) {
    QFile file(tempPath(QStringLiteral("password.txt")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(password.toUtf8() + "\n");
    return file.fileName();
  }
  AdminRun create(const QStringList& extra = {}) {
    return run(QStringList{QStringLiteral("create-account"), QStringLiteral("--username"), QStringLiteral("lan"),
                           QStringLiteral("--person"), QStringLiteral("Lê Thị Lan"), QStringLiteral("--unit"),
                           QStringLiteral("164"), QStringLiteral("--role"), QStringLiteral("district_staff")} +
               extra);
  }
};

}  // namespace

TEST_CASE("create-account takes the password from the first line of a file") {
  CommandFixture f;
  const QString password = QStringLiteral("mật khẩu trong tệp");
  const AdminRun created = f.create({QStringLiteral("--password-file"), f.passwordFile(password)});
  INFO(created.err.toStdString());
  REQUIRE(created.code == 0);
  CHECK_FALSE(created.out.contains(password));
  CHECK(Sessions(f.db()).signIn(QStringLiteral("lan"), password, QStringLiteral("pc")).ok());
}

TEST_CASE("create-account without a password makes one up and prints it once") {
  CommandFixture f;
  const AdminRun created = f.create();
  REQUIRE(created.code == 0);
  const qsizetype at = created.out.indexOf(QStringLiteral("password: "));
  REQUIRE(at >= 0);
  const QString password = created.out.mid(at + 10).section(QLatin1Char(' '), 0, 0);
  CHECK(password.size() >= 16);
  CHECK(Sessions(f.db()).signIn(QStringLiteral("lan"), password, QStringLiteral("pc")).ok());
  CHECK_FALSE(f.run({QStringLiteral("accounts")}).out.contains(password));
}

TEST_CASE("create-account refuses a short password with a bilingual reason") {
  CommandFixture f;
  const AdminRun refused = f.create({QStringLiteral("--password-file"), f.passwordFile(QStringLiteral("ngắn"))});
  CHECK(refused.code == 1);
  CHECK(refused.err.contains(QStringLiteral("Mật khẩu cần ít nhất 10 ký tự")));
  CHECK(refused.err.contains(QStringLiteral("at least 10 characters")));
}

TEST_CASE("accounts lists user names with their role and unit, and who is disabled") {
  CommandFixture f;
  REQUIRE(f.create({QStringLiteral("--password-file"), f.passwordFile(QStringLiteral("mật khẩu trong tệp"))}).code == 0);
  REQUIRE(f.run({QStringLiteral("disable-account"), QStringLiteral("lan")}).code == 0);
  const AdminRun listed = f.run({QStringLiteral("accounts")});
  REQUIRE(listed.code == 0);
  const QString line = listed.out.split(QLatin1Char('\n')).filter(QStringLiteral("lan ")).value(0);
  CHECK(line.contains(QStringLiteral("district_staff")));
  CHECK(line.contains(QStringLiteral("164")));
  CHECK_FALSE(line.trimmed().endsWith(QLatin1Char('-')));  // the disabled column holds a time
  CHECK_FALSE(listed.out.contains(QStringLiteral("argon2")));
}

TEST_CASE("reset-password sets a new password, and a user name no account has is refused as not found") {
  CommandFixture f;
  REQUIRE(f.create({QStringLiteral("--password-file"), f.passwordFile(QStringLiteral("mật khẩu trong tệp"))}).code == 0);
  const QString fresh = QStringLiteral("mật khẩu mới hơn nữa");
  REQUIRE(f.run({QStringLiteral("reset-password"), QStringLiteral("lan"), QStringLiteral("--password-file"),
                 f.passwordFile(fresh)})
              .code == 0);
  CHECK(Sessions(f.db()).signIn(QStringLiteral("lan"), fresh, QStringLiteral("pc")).ok());
  const AdminRun missing = f.run({QStringLiteral("disable-account"), QStringLiteral("ai-do")});
  CHECK(missing.code == 1);
  CHECK(missing.err.contains(QStringLiteral("Not found")));
}
