#include "domain/field_limits.h"
#include "ids/uuid7.h"
#include "validation/record_validator.h"

#include <catch2/catch.hpp>

using namespace sohoi;

namespace {

OrgTree tree() {
  return OrgTree({{"19", "", "Tỉnh Thái Nguyên", UnitLevel::Province},
                  {"164", "19", "Thành phố Thái Nguyên", UnitLevel::District},
                  {"05449", "164", "Phường Phan Đình Phùng", UnitLevel::Commune},
                  {"05449-1", "05449", "Chi hội 1", UnitLevel::Branch},
                  {"05452", "164", "Phường Tân Thịnh", UnitLevel::Commune},
                  {"05452-1", "05452", "Chi hội 1", UnitLevel::Branch}});
}

ValidationContext context(const OrgTree* orgTree) {
  ValidationContext result;
  result.tree = orgTree;
  result.earliest = QDate(2021, 1, 1);
  result.latest = QDate(2021, 12, 31);
  return result;
}

RecordVersion activity() {
  RecordVersion version;
  version.recordId = newUuid7();
  version.versionId = newUuid7();
  version.unitId = "05449-1";
  version.kind = RecordKind::Activity;
  version.fields = {{"kind", 1},
                    {"title", QStringLiteral("Tuyên truyền chủ quyền biển đảo")},
                    {"date", QDate(2021, 3, 8)},
                    {"participants_total", 40},
                    {"participants_women", 35}};
  return version;
}

}  // namespace

TEST_CASE("a complete activity is valid") {
  const OrgTree orgTree = tree();
  CHECK_FALSE(validateRecordVersion(activity(), context(&orgTree)));
}

TEST_CASE("a missing required field is refused and named") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.fields.remove("title");
  const auto rejection = validateRecordVersion(version, context(&orgTree));
  REQUIRE(rejection);
  CHECK(rejection->code == ReasonCode::InvalidField);
  CHECK(rejection->field == "title");
  CHECK(rejection->messageVi.contains(QStringLiteral("không được để trống")));
  CHECK(rejection->messageEn.contains("required"));
}

TEST_CASE("a title of blanks counts as missing") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.fields["title"] = QStringLiteral("   ");
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "title");
}

TEST_CASE("more women than participants is refused") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.fields["participants_women"] = 41;
  const auto rejection = validateRecordVersion(version, context(&orgTree));
  REQUIRE(rejection);
  CHECK(rejection->field == "participants_women");
}

TEST_CASE("negative counts are refused") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.fields["participants_total"] = -1;
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "participants_total");
}

TEST_CASE("dates outside the reporting period or in the future are refused") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.fields["date"] = QDate(2020, 12, 31);
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "date");
  version.fields["date"] = QDate(2022, 1, 1);
  const auto future = validateRecordVersion(version, context(&orgTree));
  REQUIRE(future);
  CHECK(future->messageEn.contains("future"));
}

TEST_CASE("an unknown unit is refused") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.unitId = "99999";
  CHECK(validateRecordVersion(version, context(&orgTree))->code == ReasonCode::UnknownUnit);
}

TEST_CASE("a unit outside the author's scope is refused") {
  const OrgTree orgTree = tree();
  ValidationContext scoped = context(&orgTree);
  scoped.scopeUnitId = "05452";
  CHECK(validateRecordVersion(activity(), scoped)->code == ReasonCode::OutOfScope);
}

TEST_CASE("households must belong to a branch") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.kind = RecordKind::Household;
  version.unitId = "05449";
  version.fields = {{"head_name", QStringLiteral("Nguyễn Thị Lan")}};
  CHECK(validateRecordVersion(version, context(&orgTree))->code == ReasonCode::WrongUnitLevel);
  version.unitId = "05449-1";
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));
}

TEST_CASE("a field the kind does not have is refused") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.fields["colour"] = QStringLiteral("red");
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "colour");
}

TEST_CASE("a choice outside its list is refused") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.fields["kind"] = 99;
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "kind");
}

TEST_CASE("employment after training applies to vocational trainees only") {
  const OrgTree orgTree = tree();
  const QString trainee = newUuid7();
  RecordVersion version = activity();
  version.kind = RecordKind::Training;
  version.fields = {{"kind", 1},
                    {"title", QStringLiteral("Tập huấn nghiệp vụ")},
                    {"date", QDate(2021, 4, 1)},
                    {"trainee_ids", QStringList{trainee}}};
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));
  version.fields["employed_ids"] = QStringList{trainee};
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "employed_ids");
  version.fields["kind"] = 3;
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));
  version.fields["employed_ids"] = QStringList{newUuid7()};
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "employed_ids");
}

TEST_CASE("a training with nobody trained is refused") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.kind = RecordKind::Training;
  version.fields = {{"kind", 1}, {"title", QStringLiteral("Tập huấn")}, {"date", QDate(2021, 4, 1)}};
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "trainee_ids");
}

TEST_CASE("a member cannot leave before joining") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.kind = RecordKind::Member;
  version.fields = {{"full_name", QStringLiteral("Trần Thị Hoa")},
                    {"joined_on", QDate(2021, 5, 1)},
                    {"left_on", QDate(2021, 4, 1)}};
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "left_on");
}

TEST_CASE("a tombstone needs only a valid envelope") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.deleted = true;
  version.fields.clear();
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));
  version.recordId = "garbage";
  CHECK(validateRecordVersion(version, context(&orgTree))->code == ReasonCode::Malformed);
}

TEST_CASE("a text over its bound is refused even when the excess is blanks") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.fields["title"] = QStringLiteral("Sinh hoạt") + QString(kMaxShortText, QChar(' '));
  const auto rejection = validateRecordVersion(version, context(&orgTree));
  REQUIRE(rejection);
  CHECK(rejection->code == ReasonCode::InvalidField);
  CHECK(rejection->field == "title");
  CHECK(rejection->messageVi.contains(QStringLiteral("dài quá 200 ký tự")));
  CHECK(rejection->messageEn.contains("longer than 200 characters"));
}

TEST_CASE("a tombstone's texts are bounded like any version's") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.deleted = true;
  version.fields["title"] = QString(kMaxShortText + 1, QChar('x'));
  const auto rejection = validateRecordVersion(version, context(&orgTree));
  REQUIRE(rejection);
  CHECK(rejection->field == "title");
}

TEST_CASE("an over-long unit id is refused as that field, not looked up and echoed back") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.unitId = QString(100'000, QChar('9'));
  const auto rejection = validateRecordVersion(version, context(&orgTree));
  REQUIRE(rejection);
  CHECK(rejection->code == ReasonCode::InvalidField);
  CHECK(rejection->field == "unit_id");
  CHECK(rejection->bilingual().size() < 200);
}

TEST_CASE("a record lists a bounded number of people") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.kind = RecordKind::Training;
  QStringList trainees;
  for (int i = 0; i < kMaxListedPeople; ++i) trainees.append(newUuid7());
  version.fields = {{"kind", 1}, {"title", QStringLiteral("Tập huấn")}, {"date", QDate(2021, 4, 1)},
                    {"trainee_ids", trainees}};
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));
  trainees.append(newUuid7());
  version.fields["trainee_ids"] = trainees;
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "trainee_ids");
}

TEST_CASE("a member may have joined before the reporting period, but not before the Union existed") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.kind = RecordKind::Member;
  version.fields = {{"full_name", QStringLiteral("Trần Thị Hoa")}, {"joined_on", QDate(1998, 3, 8)}};
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));
  version.fields["joined_on"] = QDate(1920, 1, 1);
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "joined_on");
  version.fields["joined_on"] = QDate(2022, 6, 1);  // after the context's "today"
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "joined_on");
}

TEST_CASE("a record returned by review must say why") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.kind = RecordKind::ReviewDecision;
  version.fields = {{"record_id", newUuid7()}, {"reviewed_version_id", newUuid7()}, {"outcome", 2}};
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "comment");
  version.fields["comment"] = QStringLiteral("Thiếu số người tham gia");
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));
  version.fields = {{"record_id", newUuid7()}, {"reviewed_version_id", newUuid7()}, {"outcome", 1}};
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));  // approval needs no comment
}

TEST_CASE("a household visit may be dated before the plan year, back to 2000, to record the state at its start") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.kind = RecordKind::HouseholdVisit;
  version.fields = {{"household_id", newUuid7()}, {"date", QDate(2020, 12, 31)}, {"poverty_status", 1}};
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));
  version.fields["date"] = QDate(2000, 1, 1);
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));
  version.fields["date"] = QDate(1999, 12, 31);
  const auto tooOld = validateRecordVersion(version, context(&orgTree));
  REQUIRE(tooOld);
  CHECK(tooOld->messageEn == QStringLiteral("Date of visit: cannot be before 01/01/2000"));
  CHECK(tooOld->messageVi == QStringLiteral("Ngày thăm: không được trước ngày 01/01/2000"));
  version.fields["date"] = QDate(2021, 5, 1);
  version.fields["poverty_status"] = 4;  // no such status
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "poverty_status");
}

TEST_CASE("a woman worker cannot be recorded as a man") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.kind = RecordKind::Person;
  version.fields = {{"full_name", QStringLiteral("Lò Thị Mai")}, {"role", 4}, {"sex", 2}};
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "sex");
  version.fields["sex"] = 1;
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));
}

TEST_CASE("a congress belongs to a commune unit or above and closes after it opens") {
  const OrgTree orgTree = tree();
  RecordVersion version = activity();
  version.kind = RecordKind::Congress;
  version.unitId = "05449";
  version.fields = {{"start_date", QDate(2021, 3, 2)}, {"end_date", QDate(2021, 3, 3)}, {"delegates", 120},
                    {"committee_size", 15}, {"chair_name", QStringLiteral("Nguyễn Thị Lan")}, {"pilot", true}};
  CHECK_FALSE(validateRecordVersion(version, context(&orgTree)));
  version.fields["end_date"] = QDate(2021, 3, 1);
  CHECK(validateRecordVersion(version, context(&orgTree))->field == "end_date");
  version.fields["end_date"] = QDate(2021, 3, 3);
  version.unitId = "05449-1";
  CHECK(validateRecordVersion(version, context(&orgTree))->code == ReasonCode::WrongUnitLevel);
}

TEST_CASE("an award names who, in which form and by whom; a committee change may predate the year") {
  const OrgTree orgTree = tree();
  RecordVersion award = activity();
  award.kind = RecordKind::Award;
  award.fields = {{"recipient_name", QStringLiteral("Hội LHPN phường Phan Đình Phùng")}, {"form", 2},
                  {"date", QDate(2021, 12, 20)}};
  CHECK(validateRecordVersion(award, context(&orgTree))->field == "awarded_by");
  award.fields["awarded_by"] = QStringLiteral("UBND tỉnh");
  CHECK_FALSE(validateRecordVersion(award, context(&orgTree)));
  RecordVersion change = activity();
  change.kind = RecordKind::CommitteeChange;
  change.unitId = "05449";
  change.fields = {{"person_name", QStringLiteral("Lương Thị Ngâm")}, {"change", 1}, {"date", QDate(2020, 12, 30)}};
  CHECK_FALSE(validateRecordVersion(change, context(&orgTree)));
}
