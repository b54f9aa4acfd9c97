// sohoi-server polls its connections with one of gRPC's callback threads, not two (server/app/
// one_callback_poller.cpp), and that one never pauses: calls are answered after the server has idled past the
// poller's wait as before.
#include "support/province_fixture.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

// How many of the process's threads carry the name gRPC gives its callback pollers.
int pollerThreads(qint64 pid) {
  const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
  int count = 0;
  for (const QString& task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
    QFile comm(tasks + QLatin1Char('/') + task + QStringLiteral("/comm"));
    if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "nexting_thread") ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("the server polls with one gRPC callback thread, which answers after idling and stops cleanly") {
  ProvinceFixture fixture;
  ServerProcess& server = fixture.server;
  RawDevice device = fixture.rawDevice(QStringLiteral("05449-1"));
  REQUIRE(device.pushOneActivity(1).ok());
  CHECK(pollerThreads(server.pid()) == 1);

  // gRPC's poller waits up to a second for an event; told that its wait ran out, it would sleep 100 ms
  // with nobody polling. Idle past that, and the poller is still there and answers.
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  CHECK(pollerThreads(server.pid()) == 1);
  CHECK(device.pushOneActivity(2).ok());

  server.terminate();
  CHECK(server.waitForExit(30000) == 0);
}
