// The permission table as the server applies it: every role × record kind × action × unit relation,
// pushed through the real push processor and answered exactly as shared/auth/record_permissions says.
#include "server_fixture.h"

#include "storage/transaction.h"
#include "sync/batch_store.h"

#include "admin/demo_province.h"
#include "auth/record_permissions.h"
#include "ids/uuid7.h"
#include "validation/record_validator.h"
#include "validation/unit_level_rule.h"

#include <QDateTime>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using namespace sohoi::server::test;

namespace {

enum class Op { Create, Edit, Delete };

// A valid record of every kind (the review decision is pointed at a record of its unit by the caller).
QVariantMap sampleFields(RecordKind kind) {
  const QDate day(2021, 3, 8);
  switch (kind) {
    case RecordKind::Person: return {{"full_name", QStringLiteral("Lê Thị Hoa")}, {"role", 1}};
    case RecordKind::Activity: return {{"kind", 1}, {"title", QStringLiteral("Tuyên truyền")}, {"date", day}};
    case RecordKind::Training:
      return {{"kind", 1}, {"title", QStringLiteral("Tập huấn")}, {"date", day}, {"trainee_ids", QStringList{newUuid7()}}};
    case RecordKind::Household: return {{"head_name", QStringLiteral("Nguyễn Thị Lan")}, {"hamlet", QStringLiteral("Xóm 1")}};
    case RecordKind::HouseholdVisit: return {{"household_id", newUuid7()}, {"date", day}, {"clean_house", true}};
    case RecordKind::Member: return {{"full_name", QStringLiteral("Hà Thị Mơ")}, {"joined_on", day}};
    case RecordKind::Exemplar: return {{"kind", 1}, {"name", QStringLiteral("Chị Hạnh")}, {"date", day}};
    case RecordKind::MediaPost: return {{"title", QStringLiteral("Tin")}, {"outlet_level", 2}, {"date", day}};
    case RecordKind::EconomicSupport: return {{"kind", 1}, {"name", QStringLiteral("Mô hình")}, {"date", day}};
    case RecordKind::FundReport: return {{"year", 2021}, {"amount", qint64{12'000'000}}};
    case RecordKind::UnitRating: return {{"year", 2021}, {"rating", 2}};
    case RecordKind::ProgrammeContribution:
      return {{"programme", 1}, {"contributor_name", QStringLiteral("Ủy viên")}, {"amount", qint64{200'000}}, {"date", day}};
    case RecordKind::PlanEvent: return {{"name", QStringLiteral("Đại hội điểm")}, {"start_date", day}};
    case RecordKind::ReviewDecision: return {{"outcome", 1}};
    case RecordKind::Congress: return {{"start_date", day}, {"delegates", 100}};
    case RecordKind::Award:
      return {{"recipient_name", QStringLiteral("Chi hội 1")}, {"form", 3}, {"awarded_by", QStringLiteral("Hội LHPN xã")},
              {"date", day}};
    case RecordKind::CommitteeChange: return {{"person_name", QStringLiteral("Lương Thị Ngâm")}, {"change", 1}, {"date", day}};
  }
  return {};
}

RecordVersion firstVersion(RecordKind kind, const QString& unitId) {
  RecordVersion version;
  version.recordId = newUuid7();
  version.versionId = newUuid7();
  version.unitId = unitId;
  version.kind = kind;
  version.hlc = makeHlc(QDateTime::currentMSecsSinceEpoch(), 0);
  version.fields = sampleFields(kind);
  return version;
}

// Stores version as its record's head without any check: the record someone else made earlier.
void storeDirectly(ServerFixture& f, RecordVersion version) {
  version.authorId = newUuid7();
  version.deviceId = newUuid7();
  Transaction tx(f.db(), Transaction::Mode::Write);
  FeedCounter positions(tx);
  BatchStore records(tx, positions, {}, {});
  records.insertVersion(version, StoredContent::of(version), QDateTime::currentMSecsSinceEpoch());
  records.saveHead({version.recordId, version.kind, version.unitId, version.versionId, ConflictState::None, false});
  records.finish();
  positions.store();
  tx.commit();
}

// The units at relation from actor, nearest first.
QStringList unitsAt(const OrgTree& tree, const QString& actor, UnitRelation relation) {
  QStringList units;
  for (const OrgUnit& unit : tree.units())
    if (relationOf(tree, actor, unit.id) == relation) units.append(unit.id);
  std::sort(units.begin(), units.end(), [&](const QString& a, const QString& b) {
    return tree.subtree(a).size() > tree.subtree(b).size() || (tree.subtree(a).size() == tree.subtree(b).size() && a < b);
  });
  return units;
}

// What the table says the push should get: refused with a reason, or stored (None).
ReasonCode expectedReason(Role role, RecordKind kind, RecordAction action, UnitRelation relation) {
  const std::optional<Rejection> refusal = refusalFor(role, kind, action, relation);
  return refusal ? refusal->code : ReasonCode::None;
}

}  // namespace

TEST_CASE("every role, kind, action and unit relation is allowed or refused as the permission table says") {
  ServerFixture f;
  const OrgTree tree(demoProvince());
  // Each role at a commune unit, where all four relations exist, and at the root, where it has only below.
  const QStringList placements{QStringLiteral("05449"), QStringLiteral("19"), QStringLiteral("05449-1")};
  int cells = 0, allowed = 0;
  for (Role role : allRoles())
    for (const QString& place : placements) {
      const Result<IssuedCode> code = f.enrolment.issueCode(place, roleName(role), role);
      REQUIRE(code.ok());
      const Device device = f.enrolment.enrol(code.value().code, QStringLiteral("tablet")).value().device;
      REQUIRE(device.role == role);
      quint64 seq = 0;
      for (RecordKind kind : allRecordKinds())
        for (UnitRelation relation : {UnitRelation::Own, UnitRelation::Below, UnitRelation::Above, UnitRelation::Sibling})
          for (Op op : {Op::Create, Op::Edit, Op::Delete}) {
            // The nearest unit at that relation whose level takes this kind; none: the cell cannot occur.
            QString unitId;
            for (const QString& candidate : unitsAt(tree, place, relation))
              if (kindAllowedAtLevel(kind, tree.find(candidate)->level)) {
                unitId = candidate;
                break;
              }
            if (unitId.isEmpty()) continue;

            RecordVersion version = firstVersion(kind, unitId);
            if (kind == RecordKind::ReviewDecision) {
              const RecordVersion reviewed = firstVersion(RecordKind::Activity, unitId);
              storeDirectly(f, reviewed);
              version.fields.insert("record_id", reviewed.recordId);
              version.fields.insert("reviewed_version_id", reviewed.versionId);
            }
            if (op != Op::Create) {
              storeDirectly(f, version);
              version.baseVersionId = version.versionId;
              version.versionId = newUuid7();
              version.deleted = op == Op::Delete;
              if (!version.deleted && kind == RecordKind::ReviewDecision) version.fields.insert("outcome", 2);
              if (!version.deleted && kind == RecordKind::ReviewDecision) version.fields.insert("comment", QStringLiteral("Bổ sung"));
            }
            REQUIRE_FALSE(validateRecordVersion(version, ValidationContext::standard(&tree)));
            const RecordAction action = actionFor(kind, op != Op::Create, version.deleted);
            const ReasonCode expected = expectedReason(role, kind, action, relation);

            const PushBatchResult result = f.push(device, {ServerFixture::item(++seq, version)});
            INFO(roleName(role).toStdString() << " at " << place.toStdString() << ": "
                                              << recordActionName(action).toStdString() << " "
                                              << recordKindName(kind).toStdString() << " at "
                                              << unitRelationName(relation).toStdString() << " unit "
                                              << unitId.toStdString());
            REQUIRE(result.results.size() == 1);
            CHECK(result.results[0].rejection.code == expected);
            CHECK((result.results[0].outcome == PushOutcome::Rejected) == (expected != ReasonCode::None));
            ++cells;
            if (expected == ReasonCode::None) ++allowed;
          }
    }
  // Enough of the table was reached both ways for this to mean something.
  CHECK(cells > 1000);
  CHECK(allowed > 100);
}

TEST_CASE("the permission table keeps decisions above, funds at home and members read-only") {
  using enum UnitRelation;
  // Review decisions and ratings only from a level above the record's unit.
  for (Role role : allRoles()) {
    CHECK_FALSE(permits(role, RecordKind::ReviewDecision, RecordAction::Decide, Own));
    CHECK_FALSE(permits(role, RecordKind::UnitRating, RecordAction::Decide, Own));
  }
  CHECK_FALSE(permits(Role::BranchLeader, RecordKind::ReviewDecision, RecordAction::Decide, Below));
  CHECK(permits(Role::DistrictStaff, RecordKind::ReviewDecision, RecordAction::Decide, Below));
  CHECK(permits(Role::CommuneOfficer, RecordKind::ReviewDecision, RecordAction::Decide, Below));
  CHECK(permits(Role::ProvinceStaff, RecordKind::UnitRating, RecordAction::Decide, Below));
  // A fund report only by the unit itself.
  CHECK(permits(Role::CommuneOfficer, RecordKind::FundReport, RecordAction::Create, Own));
  CHECK_FALSE(permits(Role::DistrictStaff, RecordKind::FundReport, RecordAction::Create, Below));
  // District staff correct what is below them but return rather than delete it.
  CHECK(permits(Role::DistrictStaff, RecordKind::Activity, RecordAction::Edit, Below));
  CHECK_FALSE(permits(Role::DistrictStaff, RecordKind::Activity, RecordAction::Delete, Below));
  // Members and administrators write no record; nobody writes above or beside their unit.
  for (RecordKind kind : allRecordKinds())
    for (RecordAction action : {RecordAction::Create, RecordAction::Edit, RecordAction::Delete, RecordAction::Decide})
      for (UnitRelation relation : {Own, Below, Above, Sibling}) {
        CHECK_FALSE(permits(Role::Member, kind, action, relation));
        CHECK_FALSE(permits(Role::Administrator, kind, action, relation));
        if (!inScope(relation)) CHECK(refusalFor(Role::ProvinceStaff, kind, action, relation)->code == ReasonCode::OutOfScope);
      }
  CHECK(refusalFor(Role::Member, RecordKind::Activity, RecordAction::Create, Own)->code == ReasonCode::NotPermitted);
}
