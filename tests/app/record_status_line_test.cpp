// One status line per record: where it stands between the tablet, the server and the district, and what
// the leader does next; a refusal by the server is never worded as a return by the district.
#include "record_status_line.h"

#include <catch2/catch.hpp>

#include "record_detail.h"
#include "review_state.h"
#include "test_store.h"

using namespace sohoi::app;

namespace {

QStringList texts(const QVariantList& steps) {
  QStringList list;
  for (const QVariant& step : steps) list.append(step.toMap().value(QStringLiteral("text")).toString());
  return list;
}

QString lastState(const QVariantList& steps) {
  return steps.last().toMap().value(QStringLiteral("state")).toString();
}

}  // namespace

TEST_CASE("a pending record's line runs Chờ gửi → Đã gửi, chờ duyệt → Đã duyệt, standing at the first") {
  test::DemoApp demo;  // Vietnamese
  RecordStanding pending;
  pending.pending = true;
  const QVariantList steps = statusSteps(pending);
  CHECK(texts(steps) == QStringList{"Chờ gửi", "Đã gửi, chờ duyệt", "Đã duyệt"});
  CHECK(steps.first().toMap().value(QStringLiteral("state")) == QStringLiteral("current"));
  CHECK(nextStep(pending).contains(QStringLiteral("tự gửi")));
}

TEST_CASE("a refusal by the server and a return by the district read differently, each with its next step") {
  test::DemoApp demo;
  RecordStanding refused;
  refused.rejected = true;
  refused.rejectionReason = QStringLiteral("Ngày: không hợp lệ");
  RecordStanding returned;
  returned.returned = true;
  returned.returnComment = QStringLiteral("Thiếu số người tham gia");
  CHECK(texts(statusSteps(refused)).last() == QStringLiteral("Bị từ chối: Ngày: không hợp lệ"));
  CHECK(texts(statusSteps(returned)).last() == QStringLiteral("Bị trả lại: Thiếu số người tham gia"));
  CHECK(lastState(statusSteps(refused)) == QStringLiteral("problem"));
  CHECK(lastState(statusSteps(returned)) == QStringLiteral("problem"));
  CHECK(nextStep(refused) != nextStep(returned));
  CHECK_FALSE(nextStep(refused).isEmpty());
  CHECK(nextStep(returned).contains(QStringLiteral("Hội huyện")));
}

TEST_CASE("an approved record's line ends at Đã duyệt with nothing left to do") {
  test::DemoApp demo;
  RecordStanding approved;
  approved.approved = true;
  CHECK(texts(statusSteps(approved)) == QStringList{"Chờ gửi", "Đã gửi", "Đã duyệt"});
  CHECK(lastState(statusSteps(approved)) == QStringLiteral("current"));
  CHECK(nextStep(approved).startsWith(QStringLiteral("Không cần làm gì")));
}

TEST_CASE("the detail page's line of the demo's returned record says it was returned, with the comment") {
  test::DemoApp demo;
  QString returned;
  const QHash<QString, ReviewState> reviews = latestReviews(demo.manager()->store());
  for (auto it = reviews.cbegin(); it != reviews.cend(); ++it)
    if (it->outcome == ReviewOutcome::Returned) returned = it.key();
  REQUIRE_FALSE(returned.isEmpty());
  RecordDetail detail;
  detail.setManager(demo.manager());
  detail.setRecordId(returned);
  const QStringList line = texts(detail.statusSteps());
  REQUIRE_FALSE(line.isEmpty());
  CHECK(line.last().startsWith(QStringLiteral("Bị trả lại: ")));
  CHECK(line.last().size() > QStringLiteral("Bị trả lại: ").size());
  CHECK_FALSE(detail.nextStep().isEmpty());
}
