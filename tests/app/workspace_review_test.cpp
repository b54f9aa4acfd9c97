// The district workspace against a real sohoi-server and real tablets: a person signs in with an account,
// the subtree comes down, review works offline and its decisions travel as records to the tablets, and
// the trail shows in the workspace and in sohoi-admin's audit log.
#include "app_fixtures.h"
#include "record_detail.h"
#include "record_editor.h"
#include "review_controller.h"
#include "review_inbox_model.h"
#include "review_queue_model.h"
#include "support/admin_client.h"
#include "support/server_process.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

const QString kPassword = QStringLiteral("mật khẩu của huyện 164");

/// The queue's status of recordId over every status, or empty when the queue does not hold it.
QString queueStatus(ReviewQueueModel& queue, const QString& recordId) {
  queue.setStatus(QStringLiteral("all"));
  for (int row = 0; row < queue.rowCount(); ++row)
    if (queue.recordIdAt(row) == recordId)
      return queue.data(queue.index(row), ReviewQueueModel::StatusRole).toString();
  return {};
}

/// A district officer's account at 164 (TP Thái Nguyên).
void createDistrictAccount(testing::ProvinceFixture& province, const QString& username) {
  testing::createAccount(province.db, province.dir.path(), username, kPassword, QStringLiteral("164"),
                         QStringLiteral("district_staff"));
}

}  // namespace

TEST_CASE("workspace: a record returned offline reaches the tablet, comes back fixed, is approved, and the "
          "trail shows in the workspace and in sohoi-admin") {
  testing::ProvinceFixture province;
  createDistrictAccount(province, QStringLiteral("huyen164"));
  testing::Tablet tablet(province, QStringLiteral("Nguyễn Thị Hoa"));
  const QString recordId = testing::recordHousehold(tablet, QStringLiteral("Đỗ Thị Nga"));

  testing::Workspace workspace(province, QStringLiteral("huyen164"), kPassword);
  REQUIRE(workspace.app.workspace());
  ReviewQueueModel queue;
  queue.setManager(workspace.app.manager());
  CHECK(queueStatus(queue, recordId) == QStringLiteral("awaiting"));

  // Offline: the decision is a record kept on this computer until the server is back.
  province.server.stop();
  ReviewController review;
  review.setManager(workspace.app.manager());
  REQUIRE(review.mayDecide(recordId));
  CHECK_FALSE(review.returnRecord(recordId, QStringLiteral("  ")));  // a return says why
  CHECK_FALSE(review.error().isEmpty());
  REQUIRE(review.returnRecord(recordId, QStringLiteral("Ghi rõ xóm của hộ")));
  CHECK(queueStatus(queue, recordId) == QStringLiteral("returned"));
  CHECK_FALSE(workspace.syncNow());
  CHECK(workspace.app.sync()->offline());
  CHECK(workspace.app.sync()->pendingCount() == 1);
  REQUIRE(province.server.start());
  // The connection may still be backing off from the failed tries: the app's own timer would try again.
  bool back = false;
  for (int attempt = 0; attempt < 4 && !back; ++attempt) back = workspace.syncNow();
  INFO(workspace.app.sync()->errorText().toStdString());
  REQUIRE(back);

  // The tablet's inbox shows it; the leader's fix comes back and reappears as fixed after return.
  ReviewInboxModel inbox;
  inbox.setManager(tablet.app.manager());
  REQUIRE(tablet.syncNow());
  REQUIRE(inbox.count() == 1);
  CHECK(inbox.data(inbox.index(0), ReviewInboxModel::CommentRole).toString() == QStringLiteral("Ghi rõ xóm của hộ"));
  testing::setHamlet(tablet, recordId, QStringLiteral("Xóm Đồng"));
  REQUIRE(tablet.syncNow());
  REQUIRE(workspace.syncNow());
  CHECK(queueStatus(queue, recordId) == QStringLiteral("fixed"));

  REQUIRE(review.approve(recordId));
  REQUIRE(workspace.syncNow());
  CHECK(queueStatus(queue, recordId) == QStringLiteral("approved"));
  RecordDetail detail;
  detail.setManager(workspace.app.manager());
  detail.setRecordId(recordId);
  REQUIRE(detail.reviewTrail().size() == 2);
  CHECK(detail.reviewTrail().at(0).toMap().value(QStringLiteral("returned")).toBool());
  CHECK(detail.reviewTrail().at(1).toMap().value(QStringLiteral("onCurrent")).toBool());

  REQUIRE(tablet.syncNow());
  CHECK(inbox.count() == 0);
  QString audit;
  REQUIRE(testing::runAdmin({"--db", province.db, "audit"}, &audit) == 0);
  const QStringList trail = audit.split(QLatin1Char('\n')).filter(recordId);
  CHECK(trail.filter(QStringLiteral("returned: Ghi rõ xóm của hộ")).size() == 1);
  CHECK(trail.filter(QStringLiteral("approved")).size() == 1);
}

TEST_CASE("workspace: a second reviewer's different decision on the same version is kept and flagged") {
  testing::ProvinceFixture province;
  createDistrictAccount(province, QStringLiteral("huyen164"));
  createDistrictAccount(province, QStringLiteral("phohuyen164"));
  testing::Tablet tablet(province, QStringLiteral("Nguyễn Thị Hoa"));
  const QString recordId = testing::recordHousehold(tablet, QStringLiteral("Vũ Văn Hùng"));
  testing::Workspace first(province, QStringLiteral("huyen164"), kPassword);
  testing::Workspace second(province, QStringLiteral("phohuyen164"), kPassword);

  ReviewController approve;
  approve.setManager(first.app.manager());
  REQUIRE(approve.approve(recordId));
  ReviewController giveBack;
  giveBack.setManager(second.app.manager());
  REQUIRE(giveBack.returnRecord(recordId, QStringLiteral("Thiếu số nhân khẩu")));
  REQUIRE(first.syncNow());
  REQUIRE(second.syncNow());
  REQUIRE(first.syncNow());

  for (testing::Workspace* workspace : {&first, &second}) {
    ReviewQueueModel queue;
    queue.setManager(workspace->app.manager());
    CHECK(queueStatus(queue, recordId) == QStringLiteral("conflict"));
    RecordDetail detail;
    detail.setManager(workspace->app.manager());
    detail.setRecordId(recordId);
    CHECK(detail.reviewTrail().size() == 2);  // neither decision is lost
  }
}

TEST_CASE("workspace: a district officer's workspace never receives or shows another district's records") {
  testing::ProvinceFixture province;
  createDistrictAccount(province, QStringLiteral("huyen164"));
  testing::Tablet own(province, QStringLiteral("Nguyễn Thị Hoa"));
  testing::Tablet elsewhere(province, QStringLiteral("Lò Thị Xuân"), QStringLiteral("05950-1"));  // Phú Bình
  const QString ownRecord = testing::recordHousehold(own, QStringLiteral("Đỗ Thị Nga"));
  const QString foreignRecord = testing::recordHousehold(elsewhere, QStringLiteral("Hà Thị Sáu"));

  testing::Workspace workspace(province, QStringLiteral("huyen164"), kPassword);
  ReviewQueueModel queue;
  queue.setManager(workspace.app.manager());
  CHECK(queueStatus(queue, ownRecord) == QStringLiteral("awaiting"));
  CHECK(queueStatus(queue, foreignRecord).isEmpty());
  CHECK_FALSE(workspace.app.manager()->store().record(foreignRecord).has_value());
  ReviewController review;
  review.setManager(workspace.app.manager());
  CHECK_FALSE(review.approve(foreignRecord));
}
