// A hard conflict from the field to the workspace and back, with real processes: two leaders' tablets of
// one branch rename the same household head from the same version, the district workspace sees the
// conflict, picks a side, and its one resolving version reaches the server and both tablets.
#include "app_fixtures.h"
#include "conflict_resolution.h"
#include "record_editor.h"
#include "review_queue_model.h"
#include "support/admin_client.h"
#include "support/server_process.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

const QString kPassword = QStringLiteral("mật khẩu của huyện 164");
const QString kHeadName = QStringLiteral("head_name");

/// Saves a household on tablet (a new one when recordId is empty) with its head's name; its record id.
QString saveHousehold(testing::Tablet& tablet, const QString& recordId, const QString& head) {
  RecordEditor editor;
  editor.setManager(tablet.app.manager());
  editor.setKind(QStringLiteral("household"));
  if (!recordId.isEmpty()) editor.setRecordId(recordId);
  editor.setText(kHeadName, head);
  QSignalSpy saved(&editor, &RecordEditor::saved);
  REQUIRE(editor.save());
  return saved.at(0).at(0).toString();
}

/// What sohoi-admin conflicts says about the server's records.
QString adminConflicts(testing::ProvinceFixture& province) {
  QString out;
  REQUIRE(testing::runAdmin({"--db", province.db, "conflicts"}, &out) == 0);
  return out;
}

}  // namespace

TEST_CASE("workspace: a hard conflict between two tablets is resolved at the district and every device "
          "receives the chosen version") {
  testing::ProvinceFixture province;
  testing::createAccount(province.db, province.dir.path(), QStringLiteral("huyen164"), kPassword,
                         QStringLiteral("164"), QStringLiteral("district_staff"));
  testing::Tablet hoa(province, QStringLiteral("Nguyễn Thị Hoa"));
  testing::Tablet lan(province, QStringLiteral("Trần Thị Lan"));
  const QString recordId = saveHousehold(hoa, {}, QStringLiteral("Đỗ Thị Nga"));
  REQUIRE(hoa.syncNow());
  REQUIRE(lan.syncNow());

  // Both correct the same name from the version they hold; Hoa's reaches the server first.
  saveHousehold(hoa, recordId, QStringLiteral("Đỗ Thị Ngà"));
  saveHousehold(lan, recordId, QStringLiteral("Đỗ Thị Ngân"));
  REQUIRE(hoa.syncNow());
  REQUIRE(lan.syncNow());
  CHECK(adminConflicts(province).contains(recordId));

  testing::Workspace workspace(province, QStringLiteral("huyen164"), kPassword);
  ReviewQueueModel queue;
  queue.setManager(workspace.app.manager());
  queue.setStatus(QStringLiteral("conflict"));
  REQUIRE(queue.count() == 1);
  CHECK(queue.recordIdAt(0) == recordId);

  ConflictResolution resolution;
  resolution.setManager(workspace.app.manager());
  resolution.setRecordId(recordId);
  REQUIRE(resolution.available());
  REQUIRE(resolution.rowCount() == 1);  // the name is all they disagree on
  CHECK(resolution.data(resolution.index(0), ConflictResolution::LeftRole).toString() == QStringLiteral("Đỗ Thị Ngà"));
  CHECK(resolution.data(resolution.index(0), ConflictResolution::RightRole).toString() == QStringLiteral("Đỗ Thị Ngân"));
  resolution.choose(0, QStringLiteral("right"));
  REQUIRE(resolution.resolve());
  REQUIRE(workspace.syncNow());
  CHECK(queue.count() == 0);

  const QString conflicts = adminConflicts(province);
  CHECK_FALSE(conflicts.contains(recordId));
  CHECK(conflicts.contains(QStringLiteral("records in conflict: 0")));
  for (testing::Tablet* tablet : {&hoa, &lan}) {
    REQUIRE(tablet->syncNow());
    const std::optional<client::StoredRecord> record = tablet->app.manager()->store().record(recordId);
    REQUIRE(record);
    CHECK(record->head.fields.value(kHeadName) == QStringLiteral("Đỗ Thị Ngân"));
    CHECK(record->conflict == client::ConflictState::None);
    CHECK(tablet->app.manager()->store().versions(recordId).size() == 4);  // nothing either leader saved is lost
  }
}
