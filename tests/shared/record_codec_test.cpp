#include "domain/record_schema.h"
#include "ids/uuid7.h"
#include "wire/field_json.h"
#include "wire/record_codec.h"

#include <catch2/catch.hpp>
#include <google/protobuf/descriptor.h>

using namespace sohoi;

namespace {
RecordVersion visit() {
  RecordVersion version;
  version.recordId = newUuid7();
  version.versionId = newUuid7();
  version.baseVersionId = newUuid7();
  version.unitId = "05449-1";
  version.authorId = newUuid7();
  version.hlc = makeHlc(1'614'556'800'000, 2);
  version.kind = RecordKind::HouseholdVisit;
  version.fields = {{"household_id", newUuid7()}, {"date", QDate(2021, 3, 1)},
                    {"no_poverty", true},        {"clean_lane", true},
                    {"support_given", QStringLiteral("Tặng 10 kg gạo")}};
  return version;
}

bool sameVersion(const RecordVersion& a, const RecordVersion& b) {
  return a.recordId == b.recordId && a.versionId == b.versionId && a.baseVersionId == b.baseVersionId &&
         a.unitId == b.unitId && a.authorId == b.authorId && a.hlc == b.hlc && a.deleted == b.deleted &&
         a.kind == b.kind && a.fields == b.fields;
}
}  // namespace

TEST_CASE("a version survives the trip through protobuf unchanged") {
  const RecordVersion original = visit();
  v1::RecordVersion wire;
  toProto(original, &wire);
  CHECK(wire.has_household_visit());
  RecordVersion decoded;
  REQUIRE_FALSE(fromProto(wire, &decoded));
  CHECK(sameVersion(original, decoded));
}

TEST_CASE("a closed unit travels with the day it closed and its successor; an open one without") {
  const OrgUnit closed{"05452", "05449", "Phường Tân Thịnh", UnitLevel::Commune, QDate(2025, 7, 1), "05449"};
  v1::OrgUnit wire;
  toProto(closed, &wire);
  CHECK(wire.closed_on() == QDate(1970, 1, 1).daysTo(QDate(2025, 7, 1)));
  const OrgUnit decoded = fromProto(wire);
  CHECK(decoded.closedOn == closed.closedOn);
  CHECK(decoded.successorId == QStringLiteral("05449"));
  v1::OrgUnit open;
  toProto(OrgUnit{"05449", "164", "Phường Phan Đình Phùng", UnitLevel::Commune}, &open);
  CHECK(open.closed_on() == 0);
  CHECK_FALSE(fromProto(open).closed());
}

TEST_CASE("a version with a list of trainees survives the trip") {
  RecordVersion original = visit();
  original.kind = RecordKind::Training;
  original.fields = {{"kind", 3}, {"title", QStringLiteral("Đào tạo nghề may")}, {"date", QDate(2021, 6, 2)},
                     {"trainee_ids", QStringList{newUuid7(), newUuid7()}}};
  v1::RecordVersion wire;
  toProto(original, &wire);
  RecordVersion decoded;
  REQUIRE_FALSE(fromProto(wire, &decoded));
  CHECK(decoded.fields == original.fields);
}

TEST_CASE("a version of a typical activity stays small on the wire") {
  RecordVersion version = visit();
  version.baseVersionId.clear();
  v1::RecordVersion wire;
  toProto(version, &wire);
  CHECK(wire.ByteSizeLong() < 130);
}

TEST_CASE("malformed wire versions are refused, not guessed at") {
  v1::RecordVersion wire;
  toProto(visit(), &wire);
  RecordVersion decoded;

  v1::RecordVersion shortId = wire;
  shortId.set_record_id("short");
  CHECK(fromProto(shortId, &decoded)->code == ReasonCode::Malformed);

  v1::RecordVersion noPayload = wire;
  noPayload.clear_household_visit();
  CHECK(fromProto(noPayload, &decoded)->field == "payload");

  v1::RecordVersion badReference = wire;
  badReference.mutable_household_visit()->set_household_id("abc");
  CHECK(fromProto(badReference, &decoded)->field == "household_id");

  v1::RecordVersion badAuthor = wire;
  badAuthor.set_author_id("abc");
  CHECK(fromProto(badAuthor, &decoded)->field == "author_id");
}

// A text or id field added to records.proto without a bound in record_schema.cpp would be stored at any size.
TEST_CASE("every text and id field of every record kind is bounded by the schema") {
  namespace gp = google::protobuf;
  for (RecordKind kind : allRecordKinds()) {
    const gp::Descriptor* payload =
        v1::RecordVersion::descriptor()->FindFieldByName(recordKindName(kind).toStdString())->message_type();
    for (int i = 0; i < payload->field_count(); ++i) {
      const gp::FieldDescriptor* field = payload->field(i);
      INFO(field->full_name());
      if (field->type() != gp::FieldDescriptor::TYPE_STRING && field->type() != gp::FieldDescriptor::TYPE_BYTES)
        continue;
      const FieldSpec* spec = schemaFor(kind).field(QString::fromStdString(field->name()));
      REQUIRE(spec);
      if (field->type() == gp::FieldDescriptor::TYPE_STRING) {
        CHECK(spec->type == FieldType::Text);
        CHECK(spec->max > 0);
      } else if (field->is_repeated()) {  // ids of 16 bytes or photo hashes of 32 (the codec refuses others)
        CHECK((spec->type == FieldType::IdList || spec->type == FieldType::PhotoList));
        CHECK(spec->max > 0);
      } else {
        CHECK(spec->type == FieldType::Id);  // 16 bytes, or refused by the codec
      }
    }
  }
}

TEST_CASE("fields survive storage as JSON, defaults dropped") {
  RecordVersion version = visit();
  version.fields["no_third_child"] = false;
  const QByteArray json = fieldsToJson(version.kind, version.fields);
  CHECK_FALSE(json.contains("no_third_child"));
  QVariantMap expected = version.fields;
  expected.remove("no_third_child");
  CHECK(fieldsFromJson(version.kind, json) == expected);
}

TEST_CASE("a stored date reads back exactly as Qt's ISO date reader reads it") {
  // fieldsFromJson reads four-digit years itself (it is on every pull and at every progress build).
  for (const char* text : {"2021-03-01", "2024-02-29", "2023-02-29", "2021-02-30", "2021-13-01", "2021-00-10",
                           "2021-04-00", "0999-12-31", "1000-01-01", "9999-12-31", "2021-1-05", "20210-01-01",
                           "2021/03/01", "abcd-ef-gh", "2021-03-0x", " 2021-03-1", ""}) {
    const QByteArray json = QByteArray(R"({"date":")") + text + R"("})";
    INFO(text);
    CHECK(fieldsFromJson(RecordKind::HouseholdVisit, json).value(QStringLiteral("date")).toDate() ==
          QDate::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd")));
  }
}

TEST_CASE("a content hash is the one every stored version was given") {
  // Stored hashes are compared with those of resends for as long as the data lives: how a hash is made
  // may never change. This one was made by the server of December 2026.
  RecordVersion version;
  version.recordId = QStringLiteral("0192f3c4-0000-7000-8000-000000000001");
  version.versionId = QStringLiteral("0192f3c4-0000-7000-8000-000000000002");
  version.unitId = QStringLiteral("05449-1");
  version.authorId = QStringLiteral("0192f3c4-0000-7000-8000-0000000000aa");
  version.hlc = 1733011200000LL << 16;
  version.kind = RecordKind::HouseholdVisit;
  version.fields = {{QStringLiteral("household_head"), QStringLiteral("Nguyễn Thị Hoa")},
                    {QStringLiteral("clean_house"), true}};
  CHECK(contentHash(version).toHex() == "1affe409a4d8e2755c8e66345c264c91ff6bb2e466ff9a81eaa19cbd9b9a4e48");
}

TEST_CASE("the content hash tells a resend from a different version") {
  const RecordVersion version = visit();
  RecordVersion resent = version;
  resent.deviceId = newUuid7();  // who carried it does not change what it says
  CHECK(contentHash(version) == contentHash(resent));
  RecordVersion changed = version;
  changed.fields["clean_house"] = true;
  CHECK(contentHash(version) != contentHash(changed));
}
