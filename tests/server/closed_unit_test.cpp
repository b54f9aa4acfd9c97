// A merged unit is closed: it stays in the tree under its successor, takes no new enrolments, and the
// devices enrolled at it work in its successor's scope from their next call.
#include "admin_run.h"
#include "server_fixture.h"

#include "admin/tree_commands.h"
#include "storage/org_unit_repository.h"
#include "storage/transaction.h"

#include <QSet>
#include <QTextStream>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::admin;
using sohoi::server::test::AdminRun;
using sohoi::server::test::ServerFixture;

namespace {

const QDate kMerged(2025, 7, 1);

void merge(ServerFixture& f, const char* from, const char* into) {
  QString text;
  QTextStream out(&text), err(&text);
  REQUIRE(mergeUnits(f.db(), from, into, kMerged, kMerged, out, err) == 0);
}

}  // namespace

TEST_CASE("a device enrolled at a merged unit pulls and pushes in its successor's scope") {
  ServerFixture f;
  const Result<IssuedCode> code = f.enrolment.issueCode(QStringLiteral("05452"), QStringLiteral("Chị Hà"));
  REQUIRE(code.ok());
  const Result<EnrolledDevice> enrolled = f.enrolment.enrol(code.value().code, QStringLiteral("tablet"));
  REQUIRE(enrolled.ok());
  const Device neighbour = f.enrolDevice(QStringLiteral("05449-2"));
  f.push(neighbour, {ServerFixture::item(1, ServerFixture::newActivity(QStringLiteral("05449-2")))});
  const PullPage caughtUp = f.puller.pull(f.enrolment.authenticate(enrolled.value().credential).value(), {});
  CHECK(caughtUp.changes.empty());  // nothing in 05452 yet; the cursor is past 05449-2's record

  merge(f, "05452", "05449");
  const Result<Device> device = f.enrolment.authenticate(enrolled.value().credential);
  REQUIRE(device.ok());
  CHECK(device.value().unitId == QStringLiteral("05449"));
  // The wider scope held records before the cursor: the device starts over to get them.
  const PullPage page = f.puller.pull(device.value(), caughtUp.nextCursor);
  CHECK(page.reset);
  CHECK(ServerFixture::unitsOf(page) == QSet<QString>{QStringLiteral("05449-2")});
  CHECK_FALSE(f.puller.pull(device.value(), page.nextCursor).reset);
  const PushBatchResult pushed =
      f.push(device.value(), {ServerFixture::item(1, ServerFixture::newActivity(QStringLiteral("05449-3")))});
  CHECK(pushed.results.at(0).outcome == PushOutcome::Accepted);

  // The closed unit still travels with the tree, marked, so its records keep a unit on the device.
  bool sent = false;
  REQUIRE(page.reference);
  for (const OrgUnit& unit : page.reference->units) {
    if (unit.id != QStringLiteral("05452")) continue;
    sent = true;
    CHECK(unit.closedOn == kMerged);
    CHECK(unit.successorId == QStringLiteral("05449"));
    CHECK(unit.parentId == QStringLiteral("05449"));
  }
  CHECK(sent);
}

TEST_CASE("a chain of merges hands a device the last successor's scope") {
  ServerFixture f;
  merge(f, "05452", "05449");
  merge(f, "05449", "05950");
  Transaction tx(f.db(), Transaction::Mode::Read);
  CHECK(OrgUnitRepository(tx).openUnitFor(QStringLiteral("05452")) == QStringLiteral("05950"));
  CHECK(OrgUnitRepository(tx).openUnitFor(QStringLiteral("05953")) == QStringLiteral("05953"));
}

TEST_CASE("issue-code refuses a closed unit and names its successor") {
  ServerFixture f;
  merge(f, "05452", "05449");
  const AdminRun run = admin({"--db", f.dbSpec(), "issue-code", "--unit", "05452",
                              "--person", "Lê Thị Mai"});
  CHECK(run.code == 1);
  CHECK(run.out.isEmpty());
  CHECK(run.err.contains(QStringLiteral("Đơn vị 05452 đã sáp nhập vào 05449 từ 2025-07-01")));
  CHECK(run.err.contains(QStringLiteral("Unit 05452 was merged into 05449 on 2025-07-01; issue the code for 05449")));
}
