#include "home_model.h"
#include "record_detail.h"
#include "record_list_model.h"
#include "record_editor.h"
#include "review_inbox_model.h"
#include "test_store.h"

#include "demo_data.h"
#include "ids/uuid7.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

// A review decision as the sync engine would store it after pulling it from the server.
void pullDecision(RecordManager& manager, const QString& recordId, int outcome, const QString& comment) {
  client::LocalStore& store = manager.store();
  const auto record = store.record(recordId);
  REQUIRE(record);
  RecordVersion decision;
  decision.recordId = newUuid7();
  decision.versionId = newUuid7();
  decision.unitId = QString::fromLatin1(kDemoBranchId);
  decision.authorId = newUuid7();
  decision.deviceId = newUuid7();
  decision.hlc = store.clock().now();
  decision.kind = RecordKind::ReviewDecision;
  decision.fields = {{"record_id", recordId}, {"reviewed_version_id", record->head.versionId},
                     {"outcome", outcome}, {"comment", comment}};
  client::PulledChange change{decision, decision.versionId, client::ConflictState::None};
  REQUIRE(store.applyPulledPage({change}, {}, QByteArray("cursor")).isOk());
  manager.reload();
}

}  // namespace

TEST_CASE("a record returned with a comment is in the inbox until it is fixed") {
  test::DemoApp demo;
  ReviewInboxModel inbox;
  QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::Fatal);
  inbox.setManager(demo.manager());
  const int before = inbox.count();  // the demo data has one returned already
  const RecordSummary activity = demo.manager()->summaries(RecordKind::Member).back();
  pullDecision(*demo.manager(), activity.recordId, 2, QStringLiteral("Thiếu số phụ nữ tham gia"));
  REQUIRE(inbox.count() == before + 1);
  int row = -1;
  for (int i = 0; i < inbox.count(); ++i)
    if (inbox.data(inbox.index(i), ReviewInboxModel::RecordIdRole).toString() == activity.recordId) row = i;
  REQUIRE(row >= 0);
  CHECK(inbox.data(inbox.index(row), ReviewInboxModel::CommentRole).toString() == QStringLiteral("Thiếu số phụ nữ tham gia"));
  CHECK(inbox.data(inbox.index(row), ReviewInboxModel::TitleRole).toString() == activity.title);

  RecordDetail detail;
  detail.setManager(demo.manager());
  detail.setRecordId(activity.recordId);
  CHECK(detail.returned());
  CHECK(detail.reviewStatus().contains(QStringLiteral("Thiếu số phụ nữ tham gia")));

  // The form the leader opens to fix it shows the district's comment.
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("member"));
  editor.setRecordId(activity.recordId);
  CHECK(editor.reviewComment() == QStringLiteral("Thiếu số phụ nữ tham gia"));

  // The fix is an ordinary edit: a new version, which leaves the inbox.
  QVariantMap fields = demo.manager()->store().record(activity.recordId)->head.fields;
  fields.insert(QStringLiteral("core"), true);
  REQUIRE(demo.manager()->edit(activity.recordId, fields).isOk());
  CHECK(inbox.count() == before);
  CHECK_FALSE(detail.returned());
  editor.setRecordId(QString());
  editor.setRecordId(activity.recordId);
  CHECK(editor.reviewComment().isEmpty());
}

TEST_CASE("an approved record says so") {
  test::DemoApp demo;
  const QString id = demo.manager()->summaries(RecordKind::Member).front().recordId;
  pullDecision(*demo.manager(), id, 1, {});
  RecordDetail detail;
  detail.setManager(demo.manager());
  detail.setRecordId(id);
  CHECK(detail.reviewStatus() == QStringLiteral("Đã duyệt"));
}

TEST_CASE("an approved record reads as approved in its list until it is edited") {
  test::DemoApp demo;
  RecordListModel activities;
  activities.setManager(demo.manager());
  activities.setKind(QStringLiteral("activity"));
  int row = 0;  // a sent activity no review has decided on
  const auto rowState = [&](int role) { return activities.data(activities.index(row), role).toString(); };
  while (row < activities.count() && rowState(RecordListModel::StatusTextRole) !=
                                         QCoreApplication::translate("RecordList", "Sent"))
    ++row;
  REQUIRE(row < activities.count());
  const QString id = activities.recordIdAt(row);

  pullDecision(*demo.manager(), id, 1, {});
  REQUIRE(activities.recordIdAt(row) == id);
  CHECK(rowState(RecordListModel::StatusTextRole) == QCoreApplication::translate("RecordList", "Approved"));

  // An edit after the approval is a version nobody has reviewed: pending, then sent, not approved.
  QVariantMap fields = demo.manager()->store().record(id)->head.fields;
  fields.insert(QStringLiteral("place"), QStringLiteral("Nhà văn hoá tổ 2"));
  REQUIRE(demo.manager()->edit(id, fields).isOk());
  row = 0;
  while (row < activities.count() && activities.recordIdAt(row) != id) ++row;
  REQUIRE(row < activities.count());
  CHECK(rowState(RecordListModel::StatusTextRole) == QCoreApplication::translate("RecordList", "Pending"));
}

TEST_CASE("a returned record reads as returned, not sent, in its list and on Home until it is fixed") {
  test::DemoApp demo;
  HomeModel home;
  home.setManager(demo.manager());
  RecordListModel activities;
  activities.setManager(demo.manager());
  activities.setKind(QStringLiteral("activity"));
  const int before = home.returnedCount();  // the demo's returned activity
  REQUIRE(before == 1);
  CHECK_FALSE(home.returnedText().isEmpty());
  int row = 0;  // a sent activity the district has not returned
  while (row < activities.count() && (activities.data(activities.index(row), RecordListModel::PendingRole).toBool() ||
                                      activities.data(activities.index(row), RecordListModel::ReturnedRole).toBool()))
    ++row;
  REQUIRE(row < activities.count());
  const QString activityId = activities.recordIdAt(row);
  const auto rowState = [&](int role) { return activities.data(activities.index(row), role); };
  REQUIRE(rowState(RecordListModel::StatusTextRole).toString() == QCoreApplication::translate("RecordList", "Sent"));

  pullDecision(*demo.manager(), activityId, 2, QStringLiteral("Thiếu địa điểm"));
  REQUIRE(activities.recordIdAt(row) == activityId);
  CHECK(rowState(RecordListModel::ReturnedRole).toBool());
  CHECK(rowState(RecordListModel::StatusTextRole).toString() == QCoreApplication::translate("RecordList", "Returned"));
  CHECK(home.returnedCount() == before + 1);

  QVariantMap fields = demo.manager()->store().record(activityId)->head.fields;
  fields.insert(QStringLiteral("place"), QStringLiteral("Nhà văn hoá tổ 1"));
  REQUIRE(demo.manager()->edit(activityId, fields).isOk());
  REQUIRE(activities.recordIdAt(row) == activityId);
  CHECK_FALSE(rowState(RecordListModel::ReturnedRole).toBool());
  CHECK(home.returnedCount() == before);
}
