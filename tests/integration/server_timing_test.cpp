// The server tells every caller how long it took over the call (wire/server_timing.h), answered or refused:
// what a device waited beyond that was its own and the network's.
#include "support/province_fixture.h"
#include "support/raw_device.h"
#include "sync/sync_client.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

TEST_CASE("the server tells each caller its own time for the call, within what the caller waited") {
  ProvinceFixture f;
  const QString code =
      QString::fromStdString(issueCode(f.db, QStringLiteral("05449-1"), QStringLiteral("Đinh Thị Lạc")));
  client::SyncClient client(f.server.address());
  CHECK(client.serverTime().count() == 0);

  QElapsedTimer waited;
  waited.start();
  REQUIRE(client.enroll(code, QStringLiteral("tablet"), QByteArrayLiteral("attempt-1")).ok());
  const std::chrono::microseconds afterEnrolment = client.serverTime();
  CHECK(afterEnrolment.count() > 0);
  CHECK(afterEnrolment <= std::chrono::microseconds(waited.nsecsElapsed() / 1000));

  // A refusal is the server's time too: the code is used, and another attempt is not answered with it.
  const qint64 before = waited.nsecsElapsed() / 1000;
  CHECK_FALSE(client.enroll(code, QStringLiteral("other tablet"), QByteArrayLiteral("attempt-2")).ok());
  const std::chrono::microseconds refusal = client.serverTime() - afterEnrolment;
  CHECK(refusal.count() > 0);
  CHECK(refusal <= std::chrono::microseconds(waited.nsecsElapsed() / 1000 - before));
}
