// Resolving a hard conflict at the district workspace, with no server: the store holds an activity that two
// leaders renamed from its first version, pulled as the server sends it (both versions, the first to arrive
// as the head, the record flagged hard).
#include "conflict_resolution.h"
#include "conflict_sides.h"
#include "workspace_demo.h"

#include "ids/uuid7.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

const QString kBranch = QStringLiteral("05449-1");

RecordVersion activity(const QString& recordId, const QString& base, const QString& device, HlcStamp hlc,
                       const QVariantMap& changes) {
  RecordVersion v;
  v.recordId = recordId;
  v.versionId = newUuid7();
  v.baseVersionId = base;
  v.kind = RecordKind::Activity;
  v.unitId = kBranch;
  v.authorId = v.deviceId = device;
  v.hlc = hlc;
  v.fields = {{"kind", 1}, {"title", QStringLiteral("Tuyên truyền chủ quyền biển đảo")},
              {"date", QDate::currentDate().addDays(-3)}, {"place", QStringLiteral("Nhà văn hoá tổ 1")},
              {"participants_total", qint64(30)}, {"participants_women", qint64(25)}};
  for (auto it = changes.cbegin(); it != changes.cend(); ++it) v.fields.insert(it.key(), it.value());
  return v;
}

/// A district officer's store holding one record in hard conflict: the head renamed it and moved it to the
/// commune hall; the other edit renamed it differently and counted 28 women.
struct ConflictStore {
  QTemporaryDir dir;
  RecordManager manager;
  RecordVersion first, head, rival;
  ConflictStore() {
    REQUIRE(manager.open(dir.filePath(QStringLiteral("sohoi.sqlite"))).isOk());
    REQUIRE(addDemoWorkspace(manager.store(), 6).isOk());
    const HlcStamp now = makeHlc(QDateTime::currentMSecsSinceEpoch() - 3600000, 0);
    const QString recordId = newUuid7();
    first = activity(recordId, {}, QStringLiteral("tablet-a"), now, {});
    head = activity(recordId, first.versionId, QStringLiteral("tablet-a"), now + (1 << 16),
                    {{"title", QStringLiteral("Tuyên truyền biển đảo")}, {"place", QStringLiteral("Hội trường xã")}});
    rival = activity(recordId, first.versionId, QStringLiteral("tablet-b"), now + (2 << 16),
                     {{"title", QStringLiteral("Tuyên truyền về biển đảo")}, {"participants_women", qint64(28)}});
    std::vector<client::PulledChange> page;
    for (const RecordVersion& v : {first, head, rival})
      page.push_back({v, head.versionId, client::ConflictState::Hard, false});
    REQUIRE(manager.store().applyPulledPage(page, {}, QByteArray("after-conflict")).isOk());
    manager.reload();
  }
  QString recordId() const { return first.recordId; }
};

/// The model's row for field, or -1.
int rowOf(const ConflictResolution& model, const QString& field) {
  for (int row = 0; row < model.rowCount(); ++row)
    if (model.data(model.index(row), ConflictResolution::NameRole).toString() == field) return row;
  return -1;
}

QString chosen(const ConflictResolution& model, const QString& field) {
  return model.data(model.index(rowOf(model, field)), ConflictResolution::ChosenRole).toString();
}

/// The model over the conflict store's record.
struct Resolution {
  ConflictStore store;
  ConflictResolution model;
  QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
  Resolution() {
    model.setManager(&store.manager);
    model.setRecordId(store.recordId());
    REQUIRE(model.available());
  }
  /// The version resolve() saved: the record's head on this device afterwards.
  RecordVersion saved() { return store.manager.store().record(store.recordId())->head; }
};

}  // namespace

TEST_CASE("conflict: the two sides are the head and the edit of the same field kept beside it") {
  ConflictStore store;
  const std::optional<ConflictSides> sides = conflictSides(store.manager.store().versions(store.recordId()),
                                                           store.head.versionId);
  REQUIRE(sides);
  CHECK(sides->head.versionId == store.head.versionId);
  CHECK(sides->rival.versionId == store.rival.versionId);
}

TEST_CASE("conflict: an edit the head already took in (a merge) is not a side") {
  ConflictStore store;
  // A merged head carries the rival's change: nothing is left to choose.
  RecordVersion merged = store.head;
  merged.versionId = newUuid7();
  merged.baseVersionId = store.head.versionId;
  merged.fields.insert(QStringLiteral("title"), store.rival.fields.value(QStringLiteral("title")));
  merged.fields.insert(QStringLiteral("participants_women"), qint64(28));
  CHECK_FALSE(conflictSides({store.first, store.head, store.rival, merged}, merged.versionId));
}

TEST_CASE("conflict: only the fields the two sides disagree on are offered for a choice") {
  Resolution r;
  QStringList names;
  for (int row = 0; row < r.model.rowCount(); ++row)
    names.append(r.model.data(r.model.index(row), ConflictResolution::NameRole).toString());
  CHECK(names == QStringList{QStringLiteral("title"), QStringLiteral("place"), QStringLiteral("participants_women")});
  const int title = rowOf(r.model, QStringLiteral("title"));
  CHECK(r.model.data(r.model.index(title), ConflictResolution::LeftRole).toString() == QStringLiteral("Tuyên truyền biển đảo"));
  CHECK(r.model.data(r.model.index(title), ConflictResolution::RightRole).toString() == QStringLiteral("Tuyên truyền về biển đảo"));
  QStringList same;
  for (const QVariant& field : r.model.sameFields()) same.append(field.toMap().value(QStringLiteral("value")).toString());
  CHECK(same.contains(QStringLiteral("30")));  // the total both kept
  CHECK_FALSE(r.model.leftOrigin().isEmpty());
  CHECK(r.model.mayResolve());  // a district officer may edit a branch's record
}

TEST_CASE("conflict: each field starts on the side that changed it, the current version where both did") {
  Resolution r;
  CHECK(chosen(r.model, QStringLiteral("title")) == QStringLiteral("left"));
  CHECK(chosen(r.model, QStringLiteral("place")) == QStringLiteral("left"));
  CHECK(chosen(r.model, QStringLiteral("participants_women")) == QStringLiteral("right"));
  r.model.chooseAll(QStringLiteral("right"));
  for (const char* field : {"title", "place", "participants_women"})
    CHECK(chosen(r.model, QLatin1String(field)) == QStringLiteral("right"));
}

TEST_CASE("conflict: resolving saves one version from the head carrying the chosen values") {
  Resolution r;
  const size_t versionsBefore = r.store.manager.store().versions(r.store.recordId()).size();
  r.model.choose(rowOf(r.model, QStringLiteral("title")), QStringLiteral("right"));
  QSignalSpy resolved(&r.model, &ConflictResolution::resolved);
  REQUIRE(r.model.resolve());
  CHECK(resolved.count() == 1);
  CHECK(r.model.error().isEmpty());
  CHECK(r.store.manager.store().versions(r.store.recordId()).size() == versionsBefore + 1);
  const RecordVersion saved = r.saved();
  CHECK(saved.baseVersionId == r.store.head.versionId);
  CHECK(saved.fields.value(QStringLiteral("title")) == QStringLiteral("Tuyên truyền về biển đảo"));
  CHECK(saved.fields.value(QStringLiteral("place")) == QStringLiteral("Hội trường xã"));
  CHECK(saved.fields.value(QStringLiteral("participants_women")).toLongLong() == 28);
  CHECK(r.store.manager.store().pendingCount() == 1);  // it goes to the server like any edit
  // Edited from the head, as the server will judge it: no longer in conflict here either.
  CHECK(r.store.manager.store().record(r.store.recordId())->conflict == client::ConflictState::None);
  CHECK_FALSE(r.model.available());
  CHECK(r.model.rowCount() == 0);
}

TEST_CASE("conflict: a value typed by the reviewer replaces both sides") {
  Resolution r;
  r.model.setCustom(rowOf(r.model, QStringLiteral("title")), QStringLiteral("Tuyên truyền chủ quyền biển, đảo"));
  CHECK(chosen(r.model, QStringLiteral("title")) == QStringLiteral("custom"));
  REQUIRE(r.model.resolve());
  CHECK(r.saved().fields.value(QStringLiteral("title")) == QStringLiteral("Tuyên truyền chủ quyền biển, đảo"));
}

TEST_CASE("conflict: a merged value the rules refuse is not saved and says why") {
  Resolution r;
  r.model.setCustom(rowOf(r.model, QStringLiteral("participants_women")), QStringLiteral("45"));  // > 30 in all
  CHECK_FALSE(r.model.resolve());
  CHECK_FALSE(r.model.error().isEmpty());
  CHECK(r.store.manager.store().pendingCount() == 0);
  CHECK(r.model.available());
  CHECK(chosen(r.model, QStringLiteral("participants_women")) == QStringLiteral("custom"));  // the choices stay
}

TEST_CASE("conflict: a record not in hard conflict offers nothing to resolve") {
  Resolution r;
  ConflictResolution other;
  other.setManager(&r.store.manager);
  other.setRecordId(r.store.first.recordId + QStringLiteral("-unknown"));
  CHECK_FALSE(other.available());
  CHECK(other.rowCount() == 0);
  CHECK_FALSE(other.resolve());
  CHECK_FALSE(other.error().isEmpty());
}
