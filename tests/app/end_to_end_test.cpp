// The app's own models against a real sohoi-server on loopback: enrol with a code from sohoi-admin, record
// without touching the network, sync, and find the record on the server and on a second tablet.
#include "app_controller.h"
#include "app_fixtures.h"
#include "support/province_fixture.h"
#include "support/raw_device.h"
#include "record_editor.h"
#include "record_list_model.h"
#include "review_inbox_model.h"
#include "unit_progress.h"
#include "ids/uuid7.h"
#include "support/server_view.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

constexpr int kWaitMs = testing::kAppWaitMs;
const QString kBranch = QStringLiteral("05449-1");
using testing::Tablet;

}  // namespace

TEST_CASE("end to end: enrol, record offline, sync, and the server and another tablet have it") {
  testing::ProvinceFixture province;
  Tablet tablet(province, QStringLiteral("Nguyễn Thị Hoa"));
  CHECK(tablet.app.enrolled());
  CHECK(tablet.app.personName() == QStringLiteral("Nguyễn Thị Hoa"));
  CHECK_FALSE(tablet.app.unitName().isEmpty());
  CHECK(tablet.app.unitName() != kBranch);  // the org tree came down with the first sync

  // Recording touches only the local store.
  RecordEditor editor;
  editor.setManager(tablet.app.manager());
  editor.setKind(QStringLiteral("activity"));
  editor.setChoice(QStringLiteral("kind"), 1);
  editor.setText(QStringLiteral("title"), QStringLiteral("Tuyên truyền chủ quyền biển đảo"));
  QSignalSpy saved(&editor, &RecordEditor::saved);
  REQUIRE(editor.save());
  const QString recordId = saved.at(0).at(0).toString();
  CHECK(tablet.app.sync()->pendingCount() == 1);

  REQUIRE(tablet.syncNow());
  CHECK(tablet.app.sync()->pendingCount() == 0);
  CHECK(tablet.app.sync()->lastSyncText().contains(QStringLiteral("vừa xong")));

  // The server's copy, as a province-wide device downloads it.
  testing::RawDevice province_device = province.rawDevice();
  const testing::ServerView view = testing::serverView(province_device);
  REQUIRE(view.records.contains(recordId));
  CHECK(view.records.value(recordId).headVersionId ==
        tablet.app.manager()->store().record(recordId)->head.versionId);

  // A second tablet of the same branch sees it in its list after its first sync.
  Tablet other(province, QStringLiteral("Trần Thị Mai"));
  RecordListModel list;
  list.setManager(other.app.manager());
  list.setKind(QStringLiteral("activity"));
  list.setSearchText(QStringLiteral("chu quyen bien dao"));
  REQUIRE(list.rowCount() == 1);
  CHECK(list.recordIdAt(0) == recordId);
}

TEST_CASE("end to end: a wrong code, an expired code and an unreachable server are told apart") {
  testing::ProvinceFixture province;
  QTemporaryDir dir;
  AppController app;
  app.sync()->setAutoInterval(0);
  REQUIRE(app.open(dir.path(), province.server.address()));
  QSignalSpy finished(&app, &AppController::enrolFinished);

  app.enrol(province.server.address(), QStringLiteral("NOT-A-CODE"));
  REQUIRE(finished.wait(kWaitMs));
  CHECK_FALSE(finished.takeFirst().at(0).toBool());
  const QString wrongCode = app.enrolError();
  CHECK_FALSE(wrongCode.isEmpty());

  app.enrol(QStringLiteral("127.0.0.1:1"), QStringLiteral("ABCD-EFGH"));
  REQUIRE(finished.wait(kWaitMs));
  CHECK(app.enrolError().startsWith(QStringLiteral("Không có kết nối mạng")));
  CHECK(app.enrolError() != wrongCode);
  CHECK_FALSE(app.enrolled());

  // An expired code: issued, then aged in the server's own database (codes live a few days).
  const QString code = QString::fromStdString(testing::issueCode(province.db, kBranch));
  {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age-code"));
    db.setDatabaseName(province.db.mid(QStringLiteral("sqlite:").size()));
    REQUIRE(db.open());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE enrolment_codes SET expires_at = 1 WHERE code = ?"));
    query.addBindValue(code);
    REQUIRE(query.exec());
    REQUIRE(query.numRowsAffected() == 1);
  }
  QSqlDatabase::removeDatabase(QStringLiteral("age-code"));
  app.enrol(province.server.address(), code);
  REQUIRE(finished.wait(kWaitMs));
  INFO(app.enrolError().toStdString());
  CHECK_FALSE(app.enrolError().isEmpty());
  CHECK(app.enrolError() != wrongCode);
  CHECK_FALSE(app.enrolled());
}

TEST_CASE("end to end: a record returned by review reaches the inbox, and the fix goes back up") {
  testing::ProvinceFixture province;
  Tablet tablet(province, QStringLiteral("Nguyễn Thị Hoa"));
  const QString recordId = testing::recordHousehold(tablet, QStringLiteral("Đỗ Thị Nga"));
  const QString reviewedVersion = tablet.app.manager()->store().record(recordId)->head.versionId;

  // District review returns it, with the admin tool the review screens will replace.
  REQUIRE(testing::runAdmin({"--db", province.db, "return", recordId, "--comment", QStringLiteral("Ghi rõ xóm của hộ")}) ==
          0);

  ReviewInboxModel inbox;
  inbox.setManager(tablet.app.manager());
  REQUIRE(inbox.count() == 0);
  REQUIRE(tablet.syncNow());
  REQUIRE(inbox.count() == 1);
  CHECK(inbox.data(inbox.index(0), ReviewInboxModel::CommentRole).toString() == QStringLiteral("Ghi rõ xóm của hộ"));

  // The leader fixes it: a new version, out of the inbox, and up to the server at the next sync.
  testing::setHamlet(tablet, recordId, QStringLiteral("Xóm Đồng"));
  CHECK(inbox.count() == 0);
  REQUIRE(tablet.syncNow());
  testing::RawDevice reviewer = province.rawDevice();
  const testing::ServerView view = testing::serverView(reviewer);
  CHECK(view.records.value(recordId).headVersionId != reviewedVersion);
  CHECK(view.records.value(recordId).headVersionId == tablet.app.manager()->store().record(recordId)->head.versionId);
}

TEST_CASE("end to end: the plan comes with the first sync, and baselines loaded later with the next") {
  testing::ProvinceFixture province;  // sohoi-admin demo --small: the tree and the 2021 plan, no baselines
  Tablet tablet(province, QStringLiteral("Nguyễn Thị Hoa"));
  const auto membersBar = [&]() -> std::optional<ProgressBar> {
    for (const ProgressBar& bar : computeUnitProgress(tablet.app.manager()->path()).bars)
      if (bar.titleEn.startsWith(QStringLiteral("Province membership grows"))) return bar;
    return std::nullopt;
  };
  const UnitProgressResult first = computeUnitProgress(tablet.app.manager()->path());
  CHECK(first.planLoaded);
  CHECK(first.planYear == 2021);
  CHECK_FALSE(membersBar());  // growth needs the branch's 2020 members

  // The province loads the 2020 figures; the tablet has them after its next sync.
  QString output;
  const int loaded = testing::loadBaselines(province.db, "05449-1,2020,1000,1200,0,1,0,0\n", &output);
  INFO(output.toStdString());
  REQUIRE(loaded == 0);
  REQUIRE(tablet.syncNow());
  const std::optional<ProgressBar> members = membersBar();
  REQUIRE(members);
  CHECK(members->hasTarget);
  CHECK(members->target == 10);  // 1% of 1,000 members
}
