// The simulator's CPU turns (tools/sim/cpu_turns.h): handed over first come, first served, and given up
// by a device for the time of each call to the server.
#include "cpu_turns.h"
#include "turn_taking_transport.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <chrono>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

using namespace sohoi;
using namespace sohoi::tools::sim;

namespace {

// True once `count` devices wait for a turn, false when they do not within a few seconds.
bool untilWaiting(const CpuTurns& turns, int count) {
  for (int tries = 0; tries < 5000; ++tries) {
    if (turns.waiting() >= count) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return false;
}

// Another device that takes a turn and gives it back. The future waits for it when destroyed: keep it
// until every turn it may wait for is given back.
std::future<void> otherDevice(CpuTurns& turns) {
  return std::async(std::launch::async, [&] {
    turns.acquire();
    turns.release();
  });
}

// True when the device got its turn within a few seconds.
bool gotTurn(const std::future<void>& other) {
  return other.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
}

// True when a turn is free: another device gets one at once. The device is kept in `others`, which must
// outlive every holder of a turn (declare it first).
bool turnIsFree(CpuTurns& turns, std::vector<std::future<void>>* others) {
  others->push_back(otherDevice(turns));
  return gotTurn(others->back());
}

// A server that answers every pull (or fails it), noting whether a turn was free during the call.
class ProbeTransport : public client::SyncTransport {
 public:
  ProbeTransport(CpuTurns& turns, bool fail) : turns_(turns), fail_(fail) {}
  bool freeDuringCall = false;

  client::RpcResult<client::EnrolReply> enroll(const QString&, const QString&, const QByteArray&) override {
    return client::RpcResult<client::EnrolReply>::success({});
  }
  client::RpcResult<client::PushReply> push(const std::vector<client::Mutation>&) override {
    return client::RpcResult<client::PushReply>::success({});
  }
  client::RpcResult<client::PullPage> pull(const QByteArray&, quint32, const QString&) override {
    during_ = otherDevice(turns_);  // kept: if the caller held on to its turn, it waits for the end of it
    freeDuringCall = gotTurn(during_);
    client::RpcError unavailable;
    unavailable.transient = true;
    if (fail_) return client::RpcResult<client::PullPage>::failure(unavailable);
    return client::RpcResult<client::PullPage>::success({});
  }
  void setCredential(const QString&) override {}

 private:
  CpuTurns& turns_;
  bool fail_;
  std::future<void> during_;
};

}  // namespace

TEST_CASE("a CPU turn given up goes to the device that has waited longest") {
  CpuTurns turns(1);
  std::vector<std::future<void>> others;
  CHECK(turns.acquire() == 0);  // free: taken at once
  std::mutex orderMutex;
  QString order;
  qint64 waitedLeast = -1;
  // Catch2's checks are for the test's own thread: the devices only note what happened.
  const auto device = [&](QChar name) {
    return std::thread([&, name] {
      const qint64 waited = turns.acquire();
      {
        const std::lock_guard lock(orderMutex);
        order += name;
        waitedLeast = waitedLeast < 0 ? waited : std::min(waitedLeast, waited);
      }
      turns.release();
    });
  };
  std::thread first = device(QLatin1Char('B'));
  const bool firstWaits = untilWaiting(turns, 1);
  std::thread second = device(QLatin1Char('C'));
  const bool bothWait = untilWaiting(turns, 2);
  turns.release();
  first.join();
  second.join();
  CHECK(firstWaits);
  CHECK(bothWait);
  CHECK(order == QStringLiteral("BC"));
  CHECK(waitedLeast > 0);
  CHECK(turns.waiting() == 0);
  CHECK(turnIsFree(turns, &others));
}

TEST_CASE("a simulated device gives its CPU turn up while the server answers, and takes one again after") {
  CpuTurns turns(1);
  ProbeTransport server(turns, false);
  TurnTakingTransport device(server, &turns);
  device.begin();
  REQUIRE(device.pull({}, 10, {}).ok());
  CHECK(server.freeDuringCall);
  // Its own work after the answer runs in a turn: another device waits until it is done.
  std::thread other([&] {
    turns.acquire();
    turns.release();
  });
  const bool otherWaits = untilWaiting(turns, 1);
  device.end();
  other.join();
  CHECK(otherWaits);
}

TEST_CASE("a simulated device whose call failed holds no CPU turn through the wait before trying again") {
  CpuTurns turns(1);
  std::vector<std::future<void>> others;
  ProbeTransport server(turns, true);
  TurnTakingTransport device(server, &turns);
  device.begin();
  CHECK_FALSE(device.pull({}, 10, {}).ok());
  CHECK(server.freeDuringCall);
  CHECK(turnIsFree(turns, &others));
  device.end();  // nothing to give back
  CHECK(turnIsFree(turns, &others));
}
