// A photo upload no device continues is given up after a while (its tablet still holds the photo), so its
// parts do not stay in the database for ever; uploads still going on and photos kept are left alone.
#include "server_fixture.h"

#include "photos/photo_intake.h"

#include "media/photo_rules.h"

#include <QDateTime>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::ServerFixture;

namespace {

// A JPEG's first bytes, then filler: enough for the intake's type check.
QByteArray jpegBytes(char fill, int size) {
  QByteArray bytes = QByteArray::fromHex("ffd8ffe000104a464946");
  bytes.append(QByteArray(size - bytes.size(), fill));
  return bytes;
}

}  // namespace

TEST_CASE("an upload left unfinished is dropped once it is older than the cutoff, not before") {
  ServerFixture f;
  PhotoIntake intake(f.db());
  const QByteArray halfSent = jpegBytes('a', 4000), whole = jpegBytes('b', 3000);
  const QString halfHash = photoHashOf(halfSent), wholeHash = photoHashOf(whole);
  REQUIRE(intake.receive(halfHash, halfSent.size(), 0, halfSent.left(1500)).ok());
  REQUIRE(intake.receive(wholeHash, whole.size(), 0, whole).value().complete);
  const qint64 now = QDateTime::currentMSecsSinceEpoch();

  CHECK(intake.dropAbandoned(now - PhotoIntake::kAbandonedAfterMs) == 0);  // sent a moment ago: kept
  CHECK(intake.held(halfHash).offset == 1500);

  CHECK(intake.dropAbandoned(now + 1) == 1);  // as if a month had passed since its last part
  CHECK(intake.held(halfHash).offset == 0);   // the tablet sends it again from the start
  CHECK(intake.held(wholeHash).complete);     // a photo kept is never touched

  // And the upload starts again cleanly.
  REQUIRE(intake.receive(halfHash, halfSent.size(), 0, halfSent).value().complete);
}
