// sohoi-admin clock-flags and the clock offset in sohoi-admin devices (DESIGN §5 "Clocks").
#include "server_fixture.h"

#include "admin/admin_commands.h"

#include "clock/hybrid_logical_clock.h"

#include <QDateTime>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::ServerFixture;

namespace {

const QString kBranch = QStringLiteral("05449-1");
const qint64 kYear2010Ms = 1262304000000;  // a tablet whose clock was reset
const qint64 kHourMs = 60 * 60 * 1000;

struct Run {
  int code = 0;
  QString out;
  QString err;
};

Run admin(const ServerFixture& f, QStringList arguments) {
  Run run;
  QTextStream out(&run.out);
  QTextStream err(&run.err);
  run.code = runAdminCommand(QStringList{QStringLiteral("--db"), f.dbSpec()} + arguments,
                             out, err);
  out.flush();
  err.flush();
  return run;
}

RecordVersion stampedAt(qint64 ms) {
  RecordVersion version = ServerFixture::newActivity(kBranch);
  version.hlc = makeHlc(ms, 0);
  return version;
}

qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

}  // namespace

TEST_CASE("clock-flags lists a version stamped in 2010 with its device, person and unit, and no plausible one") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch, QStringLiteral("Hoàng Thị Lan"));
  const RecordVersion wrong = stampedAt(kYear2010Ms);
  const RecordVersion right = stampedAt(now());
  f.pusher.push(device, {ServerFixture::item(1, wrong), ServerFixture::item(2, right)}, now() - 2 * kHourMs);
  const Run run = admin(f, {QStringLiteral("clock-flags")});
  CHECK(run.code == 0);
  CHECK(run.out.contains(wrong.recordId));
  CHECK_FALSE(run.out.contains(right.recordId));
  CHECK(run.out.contains(device.id));
  CHECK(run.out.contains(QStringLiteral("Hoàng Thị Lan")));
  CHECK(run.out.contains(kBranch));
  CHECK(run.out.contains(QStringLiteral("2010-01-01")));
  CHECK(run.out.contains(QStringLiteral("+02:00:0")));  // the device was two hours behind at that push
}

TEST_CASE("clock-flags lists the newest first, and --device and --limit narrow it") {
  ServerFixture f;
  const Device first = f.enrolDevice(kBranch);
  const Device second = f.enrolDevice(kBranch);
  const RecordVersion older = stampedAt(kYear2010Ms);
  const RecordVersion newer = stampedAt(kYear2010Ms + kHourMs);
  const RecordVersion other = stampedAt(kYear2010Ms);
  f.push(first, {ServerFixture::item(1, older)});
  f.push(first, {ServerFixture::item(2, newer)});
  f.push(second, {ServerFixture::item(1, other)});

  const Run firstOnly = admin(f, {QStringLiteral("clock-flags"), QStringLiteral("--device"), first.id});
  CHECK(firstOnly.out.contains(older.recordId));
  CHECK(firstOnly.out.contains(newer.recordId));
  CHECK_FALSE(firstOnly.out.contains(other.recordId));
  CHECK(firstOnly.out.indexOf(newer.recordId) < firstOnly.out.indexOf(older.recordId));

  const Run one = admin(f, {QStringLiteral("clock-flags"), QStringLiteral("--device"), first.id,
                            QStringLiteral("--limit"), QStringLiteral("1")});
  CHECK(one.out.contains(newer.recordId));
  CHECK_FALSE(one.out.contains(older.recordId));
}

TEST_CASE("clock-flags refuses a limit that is not a positive number") {
  ServerFixture f;
  const Run run = admin(f, {QStringLiteral("clock-flags"), QStringLiteral("--limit"), QStringLiteral("0")});
  CHECK(run.code == 2);
  CHECK(run.err.contains(QStringLiteral("--limit")));
}

TEST_CASE("devices shows the clock offset seen at the device's last push") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  f.pusher.push(device, {ServerFixture::item(1, stampedAt(now()))}, now() + 3 * 24 * kHourMs + kHourMs / 2);
  const Run run = admin(f, {QStringLiteral("devices")});
  CHECK(run.code == 0);
  CHECK(run.out.contains(QStringLiteral("clock offset")));
  const QStringList lines = run.out.split(QLatin1Char('\n'));
  const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString& l) { return l.startsWith(device.id); });
  REQUIRE(line != lines.end());
  CHECK(line->contains(QStringLiteral("-3d 00:")));  // the tablet was three days ahead
}
