// sohoi-sim (tools/sim) against a real sohoi-server on loopback, as an operator runs it: it signs in with an
// administrator account, issues its devices' codes over AdminService and syncs them, never opening the
// server's database.
#include "fleet_check.h"
#include "own_core_load.h"
#include "support/account_server.h"
#include "support/raw_device.h"
#include "support/server_view.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <vector>

using namespace sohoi;
using namespace sohoi::testing;
using namespace sohoi::tools;

namespace {

const QString kPassword = QStringLiteral("mật khẩu quản trị đủ dài");

struct SimFixture {
  AccountServer running{QStringLiteral("root"), kPassword, QStringLiteral("19"), QStringLiteral("administrator")};

  // Runs sohoi-sim (at most four minutes, then killed by its pid); its exit code, -1 when it did not end.
  int runSim(const QString& passwordFile, int devices, int records, QString* output, const QStringList& extra = {}) {
    QProcess sim;
    sim.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList arguments{QStringLiteral("--server"), running.server.address(), QStringLiteral("--admin-user"),
                                QStringLiteral("root"), QStringLiteral("--admin-password-file"), passwordFile,
                                QStringLiteral("--devices"), QString::number(devices), QStringLiteral("--records"),
                                QString::number(records)};
    sim.start(QStringLiteral(SOHOI_SIM_BINARY), arguments + extra);
    const bool finished = sim.waitForFinished(240000);
    if (!finished) {
      sim.kill();
      sim.waitForFinished(5000);
    }
    *output = QString::fromUtf8(sim.readAll());
    return finished && sim.exitStatus() == QProcess::NormalExit ? sim.exitCode() : -1;
  }
};

// Runs a fleet of `devices`, 5 records each, with `option` beside --fleet; its output, once it ended well.
QString fleetWith(SimFixture& f, int devices, const QString& option) {
  QString output;
  const int exitCode =
      f.runSim(f.running.passwordFile, devices, 5, &output, {QStringLiteral("--fleet"), option});
  INFO(output.toStdString());
  REQUIRE(exitCode == 0);
  return output;
}

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

TEST_CASE("a fleet run of 200 devices, first sync then a day's records, leaves the server holding exactly them") {
  SimFixture f;
  QString output;
  const int exitCode = f.runSim(f.running.passwordFile, 200, 20, &output,
                                {QStringLiteral("--fleet"), QStringLiteral("--server-pid"),
                                 QString::number(f.running.server.pid())});
  INFO(output.toStdString());
  REQUIRE(exitCode == 0);
  CHECK(output.contains(QStringLiteral("first_sync devices 200 concurrent 200 failed 0 ")));
  CHECK(output.contains(QStringLiteral("daily_sync devices 200 failed 0 records 4000 accepted 4000 rejected 0 ")));
  // The server was watched: its figures are numbers, not the "-" printed without --server-pid.
  CHECK(QRegularExpression(QStringLiteral("server_cpu_ms_per_sync [0-9.]+ server_peak_mb [1-9][0-9]* server_busy_pct [0-9]+ "))
            .match(output)
            .hasMatch());
  // And so was the simulator itself: each phase's clients took some of its CPU, a share of what its cores
  // could give.
  const QRegularExpression ownCpu(
      QStringLiteral("sim_cpu_ms_per_sync ([0-9.]+) sim_busy_pct ([0-9]+) server_cpu"));
  int phases = 0;
  for (auto match = ownCpu.globalMatch(output); match.hasNext(); ++phases) {
    const QRegularExpressionMatch phase = match.next();
    CHECK(phase.captured(1).toDouble() > 0);
    CHECK(phase.captured(2).toInt() > 0);
  }
  CHECK(phases == 2);
  // Latencies from the common release are at least those from each device's own start.
  const QRegularExpression latencies(
      QStringLiteral("p50_ms ([0-9]+) .*release_p50_ms ([0-9]+) release_p99_ms"));
  for (auto match = latencies.globalMatch(output); match.hasNext();) {
    const QRegularExpressionMatch line = match.next();
    CHECK(line.captured(2).toLongLong() >= line.captured(1).toLongLong());
  }
  CHECK(output.count(QStringLiteral("release_p99_ms")) == 2);
  CHECK(!output.contains(QStringLiteral("own_core_p99_ms")));  // only in CPU turns
  // Each phase says how many calls were sent again, and what its sync calls took on the server itself.
  CHECK(output.count(QRegularExpression(QStringLiteral("busy_waits [0-9]+ retries [0-9]+ server_calls"))) ==
        2);
  CHECK(!output.contains(QStringLiteral("server call times not read")));
  const QRegularExpression serverCalls(
      QStringLiteral("server_calls ([0-9]+) server_call_p50_ms ([0-9.]+) server_call_p99_ms ([0-9.]+) "
                     "server_turned_away [0-9]+\\n"));
  std::vector<int> calls;
  for (auto match = serverCalls.globalMatch(output); match.hasNext();) {
    const QRegularExpressionMatch phase = match.next();
    calls.push_back(phase.captured(1).toInt());
    CHECK(phase.captured(2).toDouble() > 0);
    CHECK(phase.captured(3).toDouble() >= phase.captured(2).toDouble());
  }
  REQUIRE(calls.size() == 2);
  CHECK(calls[0] >= 2 * 200);  // each device's enrolment and at least one pull
  CHECK(calls[1] == 200);      // a day's sync: one push that brings the pull's page
  // Each device's own CPU plus the server's time for its calls, as the server told each call's time.
  const QRegularExpression cpuAndServer(
      QStringLiteral("cpu_and_server_p50_ms ([0-9]+) cpu_and_server_p99_ms ([0-9]+) sim_cpu"));
  int told = 0;
  for (auto match = cpuAndServer.globalMatch(output); match.hasNext(); ++told) {
    const QRegularExpressionMatch phase = match.next();
    CHECK(phase.captured(2).toLongLong() >= phase.captured(1).toLongLong());
  }
  CHECK(told == 2);
  CHECK(output.contains(QStringLiteral(" versions 4000 server_holds_exactly yes")));

  // The check is the server's own count: a province session pulls the same 4,000 versions.
  RawDevice province(f.running.server.address());
  REQUIRE(province.enroll(issueCode(f.running.db, QStringLiteral("19"))).status.ok());
  CHECK(serverView(province).records.size() == 4000);
}

TEST_CASE("a fleet run whose devices each dial their own connection leaves the server holding exactly them") {
  SimFixture f;
  const QString output = fleetWith(f, 20, QStringLiteral("--connection-per-device"));
  CHECK(output.contains(QStringLiteral("first_sync devices 20 concurrent 20 failed 0 ")));
  CHECK(
      output.contains(QStringLiteral("daily_sync devices 20 failed 0 records 100 accepted 100 rejected 0 ")));
  CHECK(output.contains(QStringLiteral(" versions 100 server_holds_exactly yes")));
}

TEST_CASE("a fleet run in CPU turns also prints each phase's latencies less the waits for a turn") {
  SimFixture f;
  const QString output = fleetWith(f, 40, QStringLiteral("--cpu-turns"));
  INFO(output.toStdString());
  // A device's latency less its waits is no longer than the time from the common release to its end.
  const QRegularExpression figures(
      QStringLiteral("release_p50_ms ([0-9]+) release_p99_ms ([0-9]+) own_core_p50_ms ([0-9]+) "
                     "own_core_p99_ms ([0-9]+) "));
  int phases = 0;
  for (auto match = figures.globalMatch(output); match.hasNext(); ++phases) {
    const QRegularExpressionMatch phase = match.next();
    CHECK(phase.captured(3).toLongLong() <= phase.captured(4).toLongLong());
    CHECK(phase.captured(4).toLongLong() <= phase.captured(2).toLongLong());
  }
  CHECK(phases == 2);
  CHECK(output.contains(QStringLiteral(" versions 200 server_holds_exactly yes")));
}

TEST_CASE("sohoi-sim refuses the fleet run's options outside it, saying how they are used") {
  const QString option = GENERATE(as<QString>{}, "--connection-per-device", "--cpu-turns");
  INFO(option.toStdString());
  SimFixture f;
  QString output;
  CHECK(f.runSim(f.running.passwordFile, 3, 5, &output, {option}) != 0);
  CHECK(output.contains(QStringLiteral("Usage: sohoi-sim")));
  CHECK(!output.contains(QStringLiteral("accepted")));
}

TEST_CASE("the fleet check names each unit where the server holds other versions than the devices made") {
  const sim::FleetTally made{{QStringLiteral("u1"), {2, "aa"}}, {QStringLiteral("u2"), {1, "bb"}}};
  const sim::FleetTally held{
      {QStringLiteral("u1"), {2, "aa"}}, {QStringLiteral("u2"), {1, "cc"}}, {QStringLiteral("u3"), {1, "dd"}}};
  const QStringList lines = sim::tallyDifferences(made, held);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].startsWith(QStringLiteral("unit u2: made 1 (bb), server holds 1 (cc)")));
  CHECK(lines[1].startsWith(QStringLiteral("unit u3: made 0, server holds 1 (dd)")));
  CHECK(sim::tallyDifferences(made, made).isEmpty());
}

TEST_CASE("the simulator says when its own CPU, not the server, set a phase's pace") {
  using namespace sohoi::tools::sim;
  CHECK(busyPercent(4.5, 5.0, 1) == Approx(90));
  CHECK(busyPercent(4.5, 5.0, 2) == Approx(45));  // the same CPU time on two cores leaves each half idle
  CHECK(busyPercent(1.0, 0.0, 1) == 0);
  CHECK_FALSE(saturationCaution(QStringLiteral("first_sync"), kSaturatedPercent - 1).has_value());
  const std::optional<QString> caution = saturationCaution(QStringLiteral("first_sync"), 97.4);
  REQUIRE(caution.has_value());
  CHECK(caution->startsWith(QStringLiteral("first_sync: the simulator's own CPU was 97% busy")));
  CHECK_FALSE(caution->contains(QStringLiteral("server's CPUs")));
  // Beside it, how busy the server was: a server with a quarter of its CPU idle did not set the pace.
  const std::optional<QString> both = saturationCaution(QStringLiteral("daily_sync"), 96.2, 78.4);
  REQUIRE(both.has_value());
  CHECK(both->endsWith(QStringLiteral("; the server's CPUs were 78% busy meanwhile")));
  CHECK(usableCpus() >= 1);
  CHECK(usableCpus(QCoreApplication::applicationPid()) == usableCpus());  // a process named by its pid
}
