// sohoi-sim (tools/sim) against a real sohoi-server on loopback, as an operator runs it: it signs in with an
// administrator account, issues its devices' codes over AdminService and syncs them, never opening the
// server's database.
#include "support/account_server.h"
#include "support/raw_device.h"
#include "support/server_view.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kPassword = QStringLiteral("mật khẩu quản trị đủ dài");

struct SimFixture {
  AccountServer running{QStringLiteral("root"), kPassword, QStringLiteral("19"), QStringLiteral("administrator")};

  // Runs sohoi-sim (at most two minutes, then killed by its pid); its exit code, -1 when it did not end.
  int runSim(const QString& passwordFile, int devices, int records, QString* output) {
    QProcess sim;
    sim.setProcessChannelMode(QProcess::MergedChannels);
    sim.start(QStringLiteral(SOHOI_SIM_BINARY),
              {QStringLiteral("--server"), running.server.address(), QStringLiteral("--admin-user"), QStringLiteral("root"),
               QStringLiteral("--admin-password-file"), passwordFile, QStringLiteral("--devices"),
               QString::number(devices), QStringLiteral("--records"), QString::number(records)});
    const bool finished = sim.waitForFinished(120000);
    if (!finished) {
      sim.kill();
      sim.waitForFinished(5000);
    }
    *output = QString::fromUtf8(sim.readAll());
    return finished && sim.exitStatus() == QProcess::NormalExit ? sim.exitCode() : -1;
  }
};

}  // namespace

TEST_CASE("sohoi-sim enrols its devices over the wire and the server holds every record they made") {
  SimFixture f;
  QString output;
  const int exitCode = f.runSim(f.running.passwordFile, 3, 5, &output);
  INFO(output.toStdString());
  REQUIRE(exitCode == 0);
  CHECK(output.contains(QStringLiteral("devices 3 records 15 accepted 15 rejected 0")));

  RawDevice province(f.running.server.address());
  REQUIRE(province.enroll(issueCode(f.running.db, QStringLiteral("19"))).status.ok());
  const ServerView view = serverView(province);
  CHECK(view.records.size() == 15);
  CHECK(view.conflicted == 0);
}

TEST_CASE("sohoi-sim with a wrong administrator password stops before enrolling anything, saying why") {
  SimFixture f;
  const QString wrongFile = QDir(f.running.dir.path()).filePath(QStringLiteral("wrong.password"));
  QFile file(wrongFile);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write("không phải mật khẩu\n");
  file.close();
  QString output;
  CHECK(f.runSim(wrongFile, 3, 5, &output) == 1);
  CHECK(output.contains(QStringLiteral("SIGN_IN_FAILED")));
  CHECK(output.contains(QStringLiteral(" / The user name or password is wrong")));
}
