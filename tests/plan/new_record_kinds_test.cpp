// The record kinds the plan added travel through the codec unchanged and pass (or fail) validation.
#include <catch2/catch.hpp>

#include "ids/uuid7.h"
#include "validation/record_validator.h"
#include "wire/field_json.h"
#include "wire/record_codec.h"

using namespace sohoi;

namespace {

OrgTree tree() {
  return OrgTree({{"19", "", "Tỉnh Thái Nguyên", UnitLevel::Province},
                  {"164", "19", "Thành phố Thái Nguyên", UnitLevel::District},
                  {"05449", "164", "Phường Phan Đình Phùng", UnitLevel::Commune},
                  {"05449-1", "05449", "Chi hội 1", UnitLevel::Branch}});
}

ValidationContext context(const OrgTree* orgTree) {
  ValidationContext result;
  result.tree = orgTree;
  result.earliest = QDate(2021, 1, 1);
  result.latest = QDate(2021, 12, 31);
  return result;
}

RecordVersion version(RecordKind kind, const QString& unitId, QVariantMap fields) {
  RecordVersion result;
  result.recordId = newUuid7();
  result.versionId = newUuid7();
  result.unitId = unitId;
  result.authorId = newUuid7();
  result.hlc = makeHlc(1'614'556'800'000, 1);
  result.kind = kind;
  result.fields = std::move(fields);
  return result;
}

// One complete example of every kind the plan added, and of a person with the new flag.
std::vector<RecordVersion> examples() {
  return {
      version(RecordKind::Exemplar, "05449",
              {{"kind", 1},
               {"name", QStringLiteral("Chị Nguyễn Thị Mai")},
               {"description", QStringLiteral("Làm kinh tế giỏi")},
               {"date", QDate(2021, 3, 8)},
               {"quarter_reportable", true}}),
      version(RecordKind::MediaPost, "164",
              {{"title", QStringLiteral("Phụ nữ Phan Đình Phùng chung tay")},
               {"outlet_level", 2},
               {"date", QDate(2021, 4, 2)},
               {"url", QStringLiteral("https://baothainguyen.vn/bai-1")}}),
      version(RecordKind::EconomicSupport, "05449-1",
              {{"kind", 3}, {"name", QStringLiteral("HTX chè La Bằng")}, {"date", QDate(2021, 6, 1)}}),
      version(RecordKind::FundReport, "05449", {{"year", qint64{2021}}, {"amount", qint64{52'000'000'000}}}),
      version(RecordKind::UnitRating, "164", {{"year", qint64{2021}}, {"rating", 2}}),
      version(RecordKind::ProgrammeContribution, "19",
              {{"programme", 2},
               {"person_id", newUuid7()},
               {"contributor_name", QStringLiteral("Lương Thị Ngâm")},
               {"committee_member", true},
               {"amount", qint64{200'000}},
               {"date", QDate(2021, 2, 20)}}),
      version(RecordKind::PlanEvent, "05449",
              {{"name", QStringLiteral("Đại hội điểm cấp cơ sở")},
               {"start_date", QDate(2021, 3, 2)},
               {"end_date", QDate(2021, 3, 3)},
               {"place", QStringLiteral("Phường Phan Đình Phùng")}}),
      version(RecordKind::Person, "164",
              {{"full_name", QStringLiteral("Đỗ Thị Hằng")}, {"role", 2}, {"meets_title_standard", true},
               {"sex", 1}}),
      version(RecordKind::EconomicSupport, "05449-1",
              {{"kind", 2}, {"name", QStringLiteral("Tiệm may")}, {"date", QDate(2021, 6, 1)},
               {"person_ids", QStringList{newUuid7(), newUuid7()}}}),
      version(RecordKind::HouseholdVisit, "05449-1",
              {{"household_id", newUuid7()}, {"date", QDate(2020, 12, 31)}, {"no_poverty", true},
               {"poverty_status", 2}, {"help_id", newUuid7()}}),
      version(RecordKind::Congress, "05449",
              {{"start_date", QDate(2021, 3, 2)}, {"end_date", QDate(2021, 3, 3)}, {"delegates", qint64{120}},
               {"committee_size", qint64{15}}, {"chair_name", QStringLiteral("Nguyễn Thị Lan")}, {"pilot", true}}),
      version(RecordKind::Award, "164",
              {{"recipient_name", QStringLiteral("Hội LHPN phường Phan Đình Phùng")}, {"form", 2},
               {"awarded_by", QStringLiteral("UBND tỉnh Thái Nguyên")}, {"date", QDate(2021, 12, 20)},
               {"reason", QStringLiteral("Tổ chức thành công Đại hội điểm")}}),
      version(RecordKind::CommitteeChange, "19",
              {{"person_name", QStringLiteral("Lương Thị Ngâm")},
               {"position", QStringLiteral("Chủ tịch Hội LHPN huyện Định Hóa")}, {"change", 1},
               {"date", QDate(2020, 12, 30)}}),
  };
}

}  // namespace

TEST_CASE("every record kind has a payload case of the same name") {
  for (RecordKind kind : allRecordKinds()) {
    INFO(recordKindName(kind).toStdString());
    const auto* field = v1::RecordVersion::descriptor()->FindFieldByName(recordKindName(kind).toStdString());
    REQUIRE(field);
    CHECK(field->containing_oneof());
    CHECK(recordKindFromName(recordKindName(kind)) == kind);
  }
}

TEST_CASE("the new kinds are valid and survive protobuf and JSON unchanged") {
  const OrgTree orgTree = tree();
  for (const RecordVersion& original : examples()) {
    INFO(recordKindName(original.kind).toStdString());
    CHECK_FALSE(validateRecordVersion(original, context(&orgTree)));
    v1::RecordVersion wire;
    toProto(original, &wire);
    RecordVersion decoded;
    REQUIRE_FALSE(fromProto(wire, &decoded));
    CHECK(decoded.kind == original.kind);
    CHECK(decoded.fields == original.fields);
    CHECK(fieldsFromJson(original.kind, fieldsToJson(original.kind, original.fields)) == original.fields);
  }
}

TEST_CASE("money beyond 32 bits travels intact") {
  const RecordVersion fund = examples().at(3);
  v1::RecordVersion wire;
  toProto(fund, &wire);
  CHECK(wire.fund_report().amount() == 52'000'000'000);
}

TEST_CASE("a fund report or a rating cannot belong to a branch") {
  const OrgTree orgTree = tree();
  RecordVersion fund = examples().at(3);
  fund.unitId = "05449-1";
  const auto rejection = validateRecordVersion(fund, context(&orgTree));
  REQUIRE(rejection);
  CHECK(rejection->code == ReasonCode::WrongUnitLevel);
  CHECK(rejection->messageEn.contains("commune unit or above"));
}

TEST_CASE("a rating outside excellent … poor is refused") {
  const OrgTree orgTree = tree();
  RecordVersion rating = examples().at(4);
  rating.fields["rating"] = 6;
  CHECK(validateRecordVersion(rating, context(&orgTree))->field == "rating");
}

TEST_CASE("a contribution needs a positive amount") {
  const OrgTree orgTree = tree();
  RecordVersion gift = examples().at(5);
  gift.fields["amount"] = qint64{0};
  CHECK(validateRecordVersion(gift, context(&orgTree))->field == "amount");
}

TEST_CASE("a plan event may lie ahead but cannot end before it starts") {
  const OrgTree orgTree = tree();
  RecordVersion event = examples().at(6);
  event.fields["start_date"] = QDate(2022, 6, 22);  // after the context's "today"
  event.fields["end_date"] = QDate(2022, 6, 24);
  CHECK_FALSE(validateRecordVersion(event, context(&orgTree)));
  event.fields["end_date"] = QDate(2022, 6, 21);
  CHECK(validateRecordVersion(event, context(&orgTree))->field == "end_date");
}

TEST_CASE("the emulation-criteria activity kind is accepted") {
  const OrgTree orgTree = tree();
  const RecordVersion activity = version(
      RecordKind::Activity, "164",
      {{"kind", 9}, {"title", QStringLiteral("Cụ thể hoá tiêu chí thi đua")}, {"date", QDate(2021, 1, 20)}});
  CHECK_FALSE(validateRecordVersion(activity, context(&orgTree)));
}
