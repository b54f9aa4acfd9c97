// The workspace's review queue and the reviewer's actions over a district officer's store (the demo
// workspace: three commune units of four branches, records with every review status), with no server.
#include "record_detail.h"
#include "review_controller.h"
#include "review_queue_model.h"
#include "workspace_demo.h"

#include "ids/uuid7.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

constexpr int kRecords = 60;

struct DistrictStore {
  QTemporaryDir dir;
  RecordManager manager;
  DistrictStore() {
    REQUIRE(manager.open(dir.filePath(QStringLiteral("sohoi.sqlite"))).isOk());
    REQUIRE(addDemoWorkspace(manager.store(), kRecords).isOk());
    manager.reload();
  }
};

/// The distinct values of role over the rows shown.
QSet<QString> distinct(const ReviewQueueModel& queue, int role);

QStringList column(const ReviewQueueModel& queue, int role) {
  QStringList values;
  for (int row = 0; row < queue.rowCount(); ++row) values.append(queue.data(queue.index(row), role).toString());
  return values;
}

QSet<QString> distinct(const ReviewQueueModel& queue, int role) {
  const QStringList values = column(queue, role);
  return QSet<QString>(values.begin(), values.end());
}

}  // namespace

TEST_CASE("the queue shows what awaits a decision by default, and every status when asked") {
  DistrictStore district;
  ReviewQueueModel queue;
  QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
  queue.setManager(&district.manager);
  REQUIRE(queue.totalCount() == kRecords);
  const QStringList todo = column(queue, ReviewQueueModel::StatusRole);
  CHECK(todo.size() == queue.count());
  CHECK_FALSE(todo.contains(QStringLiteral("approved")));
  CHECK_FALSE(todo.contains(QStringLiteral("returned")));
  CHECK(todo.contains(QStringLiteral("fixed")));
  CHECK(todo.contains(QStringLiteral("conflict")));
  queue.setStatus(QStringLiteral("all"));
  CHECK(queue.count() == kRecords);
  for (const char* status : {"awaiting", "approved", "returned", "fixed", "conflict"}) {
    queue.setStatus(QLatin1String(status));
    INFO(status);
    CHECK(queue.count() > 0);
    CHECK(distinct(queue, ReviewQueueModel::StatusRole) == QSet<QString>{QLatin1String(status)});
  }
}

TEST_CASE("the queue lists newest first and narrows by commune unit, branch, kind, dates and text") {
  DistrictStore district;
  ReviewQueueModel queue;
  queue.setManager(&district.manager);
  queue.setStatus(QStringLiteral("all"));
  REQUIRE(queue.count() > 1);
  for (int row = 1; row < queue.count(); ++row)
    CHECK(queue.data(queue.index(row - 1), ReviewQueueModel::MadeAtRole).toDateTime() >=
          queue.data(queue.index(row), ReviewQueueModel::MadeAtRole).toDateTime());

  queue.setCommuneId(QStringLiteral("05443"));
  CHECK(queue.count() == kRecords / 3);
  CHECK(distinct(queue, ReviewQueueModel::CommuneNameRole) == QSet<QString>{QStringLiteral("Phường Quang Trung")});
  CHECK(queue.branches().size() == 4);
  queue.setBranchId(QStringLiteral("05443-2"));
  CHECK(queue.count() == kRecords / 12);
  queue.setCommuneId(QStringLiteral("05449"));  // another commune: its branch filter goes
  CHECK(queue.branchId().isEmpty());
  queue.clearFilters();
  CHECK(queue.count() == kRecords);

  queue.setKind(QStringLiteral("member"));
  CHECK(distinct(queue, ReviewQueueModel::KindRole) == QSet<QString>{QStringLiteral("member")});
  queue.setKind({});

  const QDate newest = kDemoNewestDate;
  queue.setDateFrom(newest.addDays(-9));
  queue.setDateTo(newest);
  REQUIRE(queue.count() > 0);
  CHECK(queue.count() < kRecords);
  for (const QString& text : column(queue, ReviewQueueModel::DateTextRole)) {
    const QDate date = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    CHECK((date >= newest.addDays(-9) && date <= newest));
  }
  queue.clearFilters();

  queue.setSearch(QStringLiteral("bien dao"));  // "biển đảo", typed without diacritics
  REQUIRE(queue.count() > 0);
  for (const QString& title : column(queue, ReviewQueueModel::TitleRole))
    CHECK(title == QStringLiteral("Tuyên truyền chủ quyền biển đảo"));
  queue.setSearch(QStringLiteral("quang trung bien dao"));  // the unit's name is searched too
  CHECK(queue.count() > 0);
  CHECK(distinct(queue, ReviewQueueModel::CommuneNameRole) == QSet<QString>{QStringLiteral("Phường Quang Trung")});
}

TEST_CASE("approving and returning leave the to-review list; a return needs a comment") {
  DistrictStore district;
  ReviewQueueModel queue;
  queue.setManager(&district.manager);
  ReviewController review;
  review.setManager(&district.manager);
  queue.setStatus(QStringLiteral("awaiting"));  // a hard conflict stays one whatever review says
  const QString first = queue.recordIdAt(0);
  const QString second = queue.recordIdAt(1);
  queue.setStatus(QStringLiteral("todo"));
  const int before = queue.count();

  CHECK_FALSE(review.returnRecord(first, QString()));
  CHECK_FALSE(review.error().isEmpty());
  CHECK(queue.count() == before);
  REQUIRE(review.returnRecord(first, QStringLiteral("Thiếu địa điểm")));
  CHECK(review.error().isEmpty());
  REQUIRE(review.approve(second));
  queue.setStatus(QStringLiteral("todo"));
  CHECK(queue.count() == before - 2);
  CHECK(district.manager.outboxCounts().pending == 2);  // two decision records, waiting to be sent

  queue.setStatus(QStringLiteral("returned"));
  CHECK(column(queue, ReviewQueueModel::RecordIdRole).contains(first));
  CHECK(column(queue, ReviewQueueModel::CommentRole).contains(QStringLiteral("Thiếu địa điểm")));
}

TEST_CASE("many records are approved at once from the selection, which follows the filters") {
  DistrictStore district;
  ReviewQueueModel queue;
  queue.setManager(&district.manager);
  ReviewController review;
  review.setManager(&district.manager);
  queue.setCommuneId(QStringLiteral("05452"));
  queue.setStatus(QStringLiteral("awaiting"));
  const int shown = queue.count();
  REQUIRE(shown > 2);
  queue.selectAllShown();
  CHECK(queue.selectedCount() == shown);
  queue.toggleSelected(0);
  CHECK(queue.selectedCount() == shown - 1);
  const QStringList chosen = queue.selectedIds();
  CHECK(review.approveAll(chosen) == shown - 1);
  CHECK(queue.count() == 1);
  CHECK(queue.selectedCount() == 0);  // decided records leave the selection
}

TEST_CASE("only a level above a record may decide on it") {
  DistrictStore district;
  ReviewController review;
  review.setManager(&district.manager);
  ReviewQueueModel queue;
  queue.setManager(&district.manager);
  CHECK(review.mayDecide(queue.recordIdAt(0)));
  client::Account account = district.manager.store().account();
  account.unitId = QStringLiteral("05449-1");  // the same store as a branch leader's
  account.role = QStringLiteral("branch_leader");
  REQUIRE(district.manager.store().saveAccount(account).isOk());
  queue.setStatus(QStringLiteral("all"));
  queue.setBranchId({});
  queue.setCommuneId(QStringLiteral("05449"));
  queue.setBranchId(QStringLiteral("05449-1"));
  REQUIRE(queue.count() > 0);
  CHECK_FALSE(review.mayDecide(queue.recordIdAt(0)));
  CHECK_FALSE(review.approve(queue.recordIdAt(0)));
  CHECK_FALSE(review.error().isEmpty());
}

namespace {

/// The shipped plan with the province's review chain: the commune union first, then the district's.
QString planWithReviewLevels(const QTemporaryDir& dir) {
  QFile shipped(QStringLiteral(SOHOI_DEMO_PLAN));
  REQUIRE(shipped.open(QIODevice::ReadOnly));
  QByteArray text = shipped.readAll();
  const qsizetype at = text.indexOf("\"indicators\"");
  REQUIRE(at > 0);
  text.insert(at, "\"review_levels\": [\"commune\", \"district\"],\n  ");
  const QString path = dir.filePath(QStringLiteral("plan-with-review-levels.json"));
  QFile out(path);
  REQUIRE(out.open(QIODevice::WriteOnly));
  out.write(text);
  return path;
}

/// A decision as a pull brings it, made at level by someone else.
void pullDecision(RecordManager& manager, const QString& recordId, int outcome, UnitLevel level) {
  const auto record = manager.store().record(recordId);
  REQUIRE(record);
  RecordVersion decision;
  decision.recordId = newUuid7();
  decision.versionId = newUuid7();
  decision.unitId = record->head.unitId;
  decision.authorId = newUuid7();
  decision.deviceId = newUuid7();
  decision.hlc = manager.store().clock().now();
  decision.kind = RecordKind::ReviewDecision;
  decision.fields = {{"record_id", recordId}, {"reviewed_version_id", record->head.versionId},
                     {"outcome", outcome}, {"reviewer_level", static_cast<int>(level)}};
  REQUIRE(manager.store()
              .applyPulledPage({client::PulledChange{decision, decision.versionId, client::ConflictState::None}}, {},
                               QByteArray("cursor"))
              .isOk());
  manager.reload();
}

/// A district officer's store under the plan with the review chain, its queue showing what awaits review.
struct ChainedDistrict {
  DistrictStore district;
  QTemporaryDir plans;
  ReviewQueueModel queue;  // after the store it reads

  ChainedDistrict() {
    REQUIRE(addDemoWorkspacePlan(district.manager.store(), planWithReviewLevels(plans)).isOk());
    district.manager.reload();
    queue.setManager(&district.manager);
    queue.setStatus(QStringLiteral("awaiting"));
    REQUIRE(queue.count() > 0);
  }
};

}  // namespace

TEST_CASE("with review levels the district decides after the commune approved, and the last level approves") {
  ChainedDistrict chained;
  DistrictStore& district = chained.district;
  ReviewQueueModel& queue = chained.queue;
  const QString recordId = queue.recordIdAt(0);
  CHECK(queue.data(queue.index(0), ReviewQueueModel::StatusLabelRole).toString().contains(QStringLiteral("commune")));
  queue.setStatus(QStringLiteral("todo"));
  CHECK_FALSE(column(queue, ReviewQueueModel::RecordIdRole).contains(recordId));  // the commune's turn first

  pullDecision(district.manager, recordId, 1, UnitLevel::Commune);
  CHECK(column(queue, ReviewQueueModel::RecordIdRole).contains(recordId));  // now the district's
  ReviewController review;
  review.setManager(&district.manager);
  REQUIRE(review.approve(recordId));
  CHECK_FALSE(column(queue, ReviewQueueModel::RecordIdRole).contains(recordId));
  queue.setStatus(QStringLiteral("approved"));
  CHECK(column(queue, ReviewQueueModel::RecordIdRole).contains(recordId));
}

TEST_CASE("with review levels a commune officer's list holds its commune's records until it decides") {
  DistrictStore district;
  QTemporaryDir plans;
  REQUIRE(addDemoWorkspacePlan(district.manager.store(), planWithReviewLevels(plans)).isOk());
  client::Account account = district.manager.store().account();
  account.unitId = QStringLiteral("05449");
  account.role = QStringLiteral("commune_officer");
  REQUIRE(district.manager.store().saveAccount(account).isOk());
  district.manager.reload();
  ReviewQueueModel queue;
  queue.setManager(&district.manager);
  queue.setCommuneId(QStringLiteral("05449"));
  REQUIRE(queue.count() > 0);
  const QString recordId = queue.recordIdAt(0);
  ReviewController review;
  review.setManager(&district.manager);
  REQUIRE(review.approve(recordId));
  CHECK_FALSE(column(queue, ReviewQueueModel::RecordIdRole).contains(recordId));  // on to the district
  queue.setStatus(QStringLiteral("awaiting"));
  const int row = static_cast<int>(column(queue, ReviewQueueModel::RecordIdRole).indexOf(recordId));
  REQUIRE(row >= 0);
  CHECK(queue.data(queue.index(row), ReviewQueueModel::StatusLabelRole).toString().contains(QStringLiteral("district")));
}

TEST_CASE("with review levels a record's page says approved only once the last level approved") {
  ChainedDistrict chained;
  DistrictStore& district = chained.district;
  const QString recordId = chained.queue.recordIdAt(0);
  RecordDetail detail;
  detail.setManager(&district.manager);
  const QString approved = QCoreApplication::translate("RecordDetail", "Approved");
  const auto pageSays = [&] {
    detail.setRecordId({});
    detail.setRecordId(recordId);
    return detail.reviewStatus();
  };

  pullDecision(district.manager, recordId, 1, UnitLevel::Commune);  // the commune's approval: half the chain
  CHECK(pageSays() != approved);
  ReviewController review;
  review.setManager(&district.manager);
  REQUIRE(review.approve(recordId));
  CHECK(pageSays() == approved);
}
