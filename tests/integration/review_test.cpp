// sohoi-admin approve|return: a review decision is a record of its own that reaches the author's device.
#include "ids/uuid7.h"
#include "support/province_fixture.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");

}  // namespace

TEST_CASE("a record returned with a comment reaches the device that holds it") {
  ProvinceFixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  const RecordVersion activity = device.newActivity(kBranch);
  v1::PushResponse response;
  REQUIRE(device.push(device.pushRequest({activity}, 1), &response).status.ok());

  QString output;
  REQUIRE(runAdmin({"--db", fixture.db, "return", activity.recordId, "--comment", QStringLiteral("Thiếu địa điểm")},
                   &output) == 0);
  CHECK(output.startsWith("returned " + activity.recordId));

  const auto changes = device.pullAll();
  REQUIRE(changes.size() == 2);
  const v1::RecordVersion& decision = changes[1].version();
  REQUIRE(decision.has_review_decision());
  CHECK(uuidFromBytes(decision.review_decision().record_id()) == activity.recordId);
  CHECK(uuidFromBytes(decision.review_decision().reviewed_version_id()) == activity.versionId);
  CHECK(decision.review_decision().outcome() == v1::REVIEW_OUTCOME_RETURNED);
  CHECK(decision.review_decision().comment() == "Thiếu địa điểm");
  CHECK(decision.unit_id() == kBranch.toStdString());
}

TEST_CASE("returning a record needs a comment, and an unknown record is refused") {
  ProvinceFixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  const RecordVersion activity = device.newActivity(kBranch);
  v1::PushResponse response;
  REQUIRE(device.push(device.pushRequest({activity}, 1), &response).status.ok());
  CHECK(runAdmin({"--db", fixture.db, "return", activity.recordId}) == 2);
  CHECK(runAdmin({"--db", fixture.db, "approve", newUuid7()}) == 1);
  CHECK(runAdmin({"--db", fixture.db, "approve", activity.recordId}) == 0);
  CHECK(device.pullAll().size() == 2);
}
