// Back-pressure: a server whose work pool is made tiny (one worker, one call waiting) turns a burst away
// with RESOURCE_EXHAUSTED, `sohoi-reason: SERVER_BUSY` and a `retry-after-ms` delay instead of queueing it;
// devices wait as told and come back, and nothing is lost or doubled.
#include "support/account_server.h"
#include "support/province_fixture.h"
#include "support/raw_device.h"
#include "support/server_view.h"

#include <QProcess>
#include <catch2/catch.hpp>
#include <thread>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QStringList kTinyPool{QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--queue"),
                            QStringLiteral("1")};

// Province-wide first pulls (tree, plan, baselines and a page of records) sent all at once from their own
// threads; their results.
std::vector<CallResult> pullBurst(RawDevice& device, int calls) {
  std::vector<CallResult> results(static_cast<size_t>(calls));
  std::vector<std::thread> threads;
  for (int i = 0; i < calls; ++i)
    threads.emplace_back([&, i] {
      v1::PullRequest request;
      *request.mutable_client() = device.clientInfo();
      request.set_page_size(500);
      v1::PullResponse response;
      results[static_cast<size_t>(i)] = device.pull(request, &response);
    });
  for (std::thread& thread : threads) thread.join();
  return results;
}

}  // namespace

TEST_CASE("a burst beyond a tiny work pool is told the server is busy and how long to wait") {
  QTemporaryDir dir;
  const QString db = demoDatabase(dir.path());
  ServerProcess server(db, 0, kTinyPool);
  REQUIRE(server.start());
  RawDevice province(server.address());
  REQUIRE(province.enroll(issueCode(db, QStringLiteral("19"))).status.ok());

  int busy = 0, answered = 0;
  for (int burst = 0; burst < 5 && busy == 0; ++burst)  // bounded: one burst is nearly always enough
    for (const CallResult& result : pullBurst(province, 24)) {
      if (result.status.ok()) {
        ++answered;
        continue;
      }
      INFO(result.status.error_message());
      CHECK(result.status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED);
      CHECK(result.reason == "SERVER_BUSY");
      CHECK(std::stoll(result.retryAfterMs.empty() ? "0" : result.retryAfterMs) >= 100);
      CHECK(QString::fromStdString(result.status.error_message()).startsWith(QStringLiteral("Máy chủ đang bận")));
      ++busy;
    }
  CHECK(busy > 0);
  CHECK(answered >= 1);  // the worker kept serving while others were turned away
}

TEST_CASE("devices turned away by a busy server come back as told and every record arrives exactly once") {
  const QString password = QStringLiteral("mật khẩu quản trị đủ dài");
  AccountServer running(QStringLiteral("root"), password, QStringLiteral("19"), QStringLiteral("administrator"),
                        kTinyPool);
  QProcess sim;  // sohoi-sim, as an operator runs it: each device enrols, fills and syncs with the client library
  sim.setProcessChannelMode(QProcess::MergedChannels);
  sim.start(QStringLiteral(SOHOI_SIM_BINARY),
            {QStringLiteral("--server"), running.server.address(), QStringLiteral("--admin-user"), QStringLiteral("root"),
             QStringLiteral("--admin-password-file"), running.passwordFile, QStringLiteral("--devices"),
             QStringLiteral("16"), QStringLiteral("--records"), QStringLiteral("20"), QStringLiteral("--threads"),
             QStringLiteral("8")});
  const bool finished = sim.waitForFinished(180000);
  // Once seen failing here with the simulator's summary already printed: say whether it timed out or why.
  const QString why =
      QStringLiteral("state %1, error %2 (%3)").arg(sim.state()).arg(sim.error()).arg(sim.errorString());
  if (!finished) sim.kill();
  sim.waitForFinished(5000);
  const QString output = QString::fromUtf8(sim.readAll());
  INFO(output.toStdString());
  INFO(why.toStdString());
  REQUIRE(finished);
  CHECK(sim.exitCode() == 0);
  CHECK(output.contains(QStringLiteral("devices 16 records 320 accepted 320 rejected 0")));
  CHECK_FALSE(output.contains(QStringLiteral("busy_waits 0 ")));  // some were turned away, and came back

  RawDevice province(running.server.address());
  REQUIRE(province.enroll(issueCode(running.db, QStringLiteral("19"))).status.ok());
  const ServerView view = serverView(province);
  CHECK(view.records.size() == 320);
  for (auto it = view.versionCopies.cbegin(); it != view.versionCopies.cend(); ++it) CHECK(it.value() == 1);
}
