#include "record_schema.h"

#include <map>

namespace sohoi {

namespace {

// Limits chosen for people typing on a tablet: generous, but small enough that a stuck key or a pasted
// document is caught before it travels.
constexpr qint64 kShortText = 200;
constexpr qint64 kLongText = 2000;
constexpr qint64 kMaxParticipants = 100000;

FieldSpec text(const char* name, bool required, qint64 maxLength, const char* vi, const char* en) {
  return {QString::fromLatin1(name), FieldType::Text, required, required ? 1 : 0, maxLength,
          QString::fromUtf8(vi), QString::fromUtf8(en)};
}
FieldSpec integer(const char* name, bool required, qint64 min, qint64 max, const char* vi, const char* en) {
  return {QString::fromLatin1(name), FieldType::Integer, required, min, max, QString::fromUtf8(vi),
          QString::fromUtf8(en)};
}
FieldSpec typed(const char* name, FieldType type, bool required, const char* vi, const char* en,
                qint64 maxChoice = 0) {
  return {QString::fromLatin1(name), type, required, 0, maxChoice, QString::fromUtf8(vi), QString::fromUtf8(en)};
}
FieldSpec flag(const char* name, const char* vi, const char* en) {
  return typed(name, FieldType::Boolean, false, vi, en);
}

std::map<RecordKind, RecordSchema> makeSchemas() {
  std::map<RecordKind, RecordSchema> schemas;
  schemas[RecordKind::Person] = {RecordKind::Person,
      {text("full_name", true, kShortText, "Họ và tên", "Full name"),
       typed("role", FieldType::Choice, true, "Vai trò", "Role", 4),
       integer("birth_year", false, 1900, 2100, "Năm sinh", "Year of birth"),
       text("phone", false, 20, "Số điện thoại", "Phone")}};
  schemas[RecordKind::Activity] = {RecordKind::Activity,
      {typed("kind", FieldType::Choice, true, "Loại hoạt động", "Kind of activity", 8),
       text("title", true, kShortText, "Tên hoạt động", "Title"),
       text("topic", false, kShortText, "Chủ đề", "Topic"),
       typed("date", FieldType::Date, true, "Ngày", "Date"),
       text("place", false, kShortText, "Địa điểm", "Place"),
       integer("participants_total", false, 0, kMaxParticipants, "Số người tham gia", "Participants"),
       integer("participants_women", false, 0, kMaxParticipants, "Số phụ nữ tham gia", "Women participants")}};
  schemas[RecordKind::Training] = {RecordKind::Training,
      {typed("kind", FieldType::Choice, true, "Loại tập huấn", "Kind of training", 4),
       text("title", true, kShortText, "Tên lớp", "Title"),
       typed("date", FieldType::Date, true, "Ngày", "Date"),
       typed("trainee_ids", FieldType::IdList, true, "Người được tập huấn", "People trained"),
       typed("employed_ids", FieldType::IdList, false, "Có việc làm sau đào tạo", "Employed afterwards")}};
  schemas[RecordKind::Household] = {RecordKind::Household,
      {text("head_name", true, kShortText, "Chủ hộ", "Head of household"),
       text("hamlet", false, kShortText, "Xóm / tổ dân phố", "Hamlet"),
       flag("female_headed", "Phụ nữ làm chủ hộ", "Female-headed"),
       flag("poor", "Hộ nghèo (đa chiều)", "Poor (multidimensional)"),
       integer("size", false, 0, 50, "Số nhân khẩu", "Household size")}};
  schemas[RecordKind::HouseholdVisit] = {RecordKind::HouseholdVisit,
      {typed("household_id", FieldType::Id, true, "Hộ gia đình", "Household"),
       typed("date", FieldType::Date, true, "Ngày thăm", "Date of visit"),
       flag("no_poverty", "Không đói nghèo", "No hunger or poverty"),
       flag("no_law_violation", "Không vi phạm pháp luật và tệ nạn xã hội", "No law violation or social evils"),
       flag("no_domestic_violence", "Không có bạo lực gia đình", "No domestic violence"),
       flag("no_third_child", "Không sinh con thứ ba trở lên", "No third child or more"),
       flag("no_malnutrition_dropout", "Không có trẻ suy dinh dưỡng và trẻ bỏ học",
            "No malnourished child, no school drop-out"),
       flag("clean_house", "Sạch nhà", "Clean house"),
       flag("clean_kitchen", "Sạch bếp", "Clean kitchen"),
       flag("clean_lane", "Sạch ngõ", "Clean lane"),
       text("support_given", false, kLongText, "Hỗ trợ", "Support given")}};
  schemas[RecordKind::Member] = {RecordKind::Member,
      {text("full_name", true, kShortText, "Họ và tên", "Full name"),
       integer("birth_year", false, 1900, 2100, "Năm sinh", "Year of birth"),
       typed("joined_on", FieldType::Date, true, "Ngày vào Hội", "Joined on"),
       typed("left_on", FieldType::Date, false, "Ngày ra Hội", "Left on"),
       flag("core", "Hội viên nòng cốt", "Core member")}};
  return schemas;
}

}  // namespace

const FieldSpec* RecordSchema::field(const QString& name) const {
  for (const FieldSpec& spec : fields)
    if (spec.name == name) return &spec;
  return nullptr;
}

const RecordSchema& schemaFor(RecordKind kind) {
  static const std::map<RecordKind, RecordSchema> schemas = makeSchemas();
  return schemas.at(kind);
}

}  // namespace sohoi
