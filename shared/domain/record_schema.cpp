#include "record_schema.h"

#include "field_limits.h"

#include <map>

namespace sohoi {

namespace {

constexpr qint64 kMaxParticipants = 100000;
constexpr qint64 kMaxCommittee = 200;  // a provincial executive committee has some 40–60 members
// Money in đồng: a commune fund is tens of millions, a province's a few billion; a trillion is a typo.
constexpr qint64 kMaxDong = 1'000'000'000'000;
constexpr qint64 kFirstYear = 2000, kLastYear = 2100;

FieldSpec text(const char* name, bool required, qint64 maxLength, const char* vi, const char* en) {
  return {QString::fromLatin1(name), FieldType::Text, required, required ? 1 : 0, maxLength,
          QString::fromUtf8(vi), QString::fromUtf8(en)};
}
FieldSpec integer(const char* name, bool required, qint64 min, qint64 max, const char* vi, const char* en) {
  return {QString::fromLatin1(name), FieldType::Integer, required, min, max, QString::fromUtf8(vi),
          QString::fromUtf8(en)};
}
FieldSpec typed(const char* name, FieldType type, bool required, const char* vi, const char* en, qint64 max = 0) {
  return {QString::fromLatin1(name), type, required, 0, max, QString::fromUtf8(vi), QString::fromUtf8(en)};
}
FieldSpec pastDate(const char* name, DateRange range, bool required, const char* vi, const char* en) {
  FieldSpec spec = typed(name, FieldType::Date, required, vi, en);
  spec.range = range;
  return spec;
}
FieldSpec flag(const char* name, const char* vi, const char* en) {
  return typed(name, FieldType::Boolean, false, vi, en);
}
FieldSpec people(const char* name, bool required, const char* vi, const char* en) {
  return typed(name, FieldType::IdList, required, vi, en, kMaxListedPeople);
}

// Photos and the place where the device was (records.proto): appended to the kinds that take evidence.
void addEvidence(std::vector<FieldSpec>* fields) {
  const auto evidence = [](FieldSpec spec) {
    spec.evidence = true;
    return spec;
  };
  fields->push_back(evidence(typed("photos", FieldType::PhotoList, false, "Ảnh minh chứng", "Photos",
                                   kMaxPhotosPerRecord)));
  fields->push_back(evidence(integer("latitude_e6", false, -90'000'000, 90'000'000, "Vĩ độ", "Latitude")));
  fields->push_back(evidence(integer("longitude_e6", false, -180'000'000, 180'000'000, "Kinh độ", "Longitude")));
  fields->push_back(evidence(integer("accuracy_m", false, 0, 100'000, "Độ chính xác (m)", "Accuracy (m)")));
}

std::map<RecordKind, RecordSchema> makeSchemas() {
  std::map<RecordKind, RecordSchema> schemas;
  schemas[RecordKind::Person] = {RecordKind::Person,
      {text("full_name", true, kMaxShortText, "Họ và tên", "Full name"),
       typed("role", FieldType::Choice, true, "Vai trò", "Role", 4),
       integer("birth_year", false, 1900, 2100, "Năm sinh", "Year of birth"),
       text("phone", false, kMaxPhoneText, "Số điện thoại", "Phone"),
       flag("meets_title_standard", "Đạt chuẩn chức danh", "Meets the title standard"),
       typed("sex", FieldType::Choice, false, "Giới tính", "Sex", 2)}};
  schemas[RecordKind::Activity] = {RecordKind::Activity,
      {typed("kind", FieldType::Choice, true, "Loại hoạt động", "Kind of activity", 9),
       text("title", true, kMaxShortText, "Tên hoạt động", "Title"),
       text("topic", false, kMaxShortText, "Chủ đề", "Topic"),
       typed("date", FieldType::Date, true, "Ngày", "Date"),
       text("place", false, kMaxShortText, "Địa điểm", "Place"),
       integer("participants_total", false, 0, kMaxParticipants, "Số người tham gia", "Participants"),
       integer("participants_women", false, 0, kMaxParticipants, "Số phụ nữ tham gia", "Women participants")}};
  schemas[RecordKind::Training] = {RecordKind::Training,
      {typed("kind", FieldType::Choice, true, "Loại tập huấn", "Kind of training", 4),
       text("title", true, kMaxShortText, "Tên lớp", "Title"),
       typed("date", FieldType::Date, true, "Ngày", "Date"),
       people("trainee_ids", true, "Người được tập huấn", "People trained"),
       people("employed_ids", false, "Có việc làm sau đào tạo", "Employed afterwards")}};
  schemas[RecordKind::Household] = {RecordKind::Household,
      {text("head_name", true, kMaxShortText, "Chủ hộ", "Head of household"),
       text("hamlet", false, kMaxShortText, "Xóm / tổ dân phố", "Hamlet"),
       flag("female_headed", "Phụ nữ làm chủ hộ", "Female-headed"),
       flag("poor", "Hộ nghèo (đa chiều)", "Poor (multidimensional)"),
       integer("size", false, 0, 50, "Số nhân khẩu", "Household size")}};
  schemas[RecordKind::HouseholdVisit] = {RecordKind::HouseholdVisit,
      {typed("household_id", FieldType::Id, true, "Hộ gia đình", "Household"),
       pastDate("date", DateRange::State, true, "Ngày thăm", "Date of visit"),
       flag("no_poverty", "Không đói nghèo", "No hunger or poverty"),
       flag("no_law_violation", "Không vi phạm pháp luật và tệ nạn xã hội", "No law violation or social evils"),
       flag("no_domestic_violence", "Không có bạo lực gia đình", "No domestic violence"),
       flag("no_third_child", "Không sinh con thứ ba trở lên", "No third child or more"),
       flag("no_malnutrition_dropout", "Không có trẻ suy dinh dưỡng và trẻ bỏ học",
            "No malnourished child, no school drop-out"),
       flag("clean_house", "Sạch nhà", "Clean house"),
       flag("clean_kitchen", "Sạch bếp", "Clean kitchen"),
       flag("clean_lane", "Sạch ngõ", "Clean lane"),
       text("support_given", false, kMaxLongText, "Hỗ trợ", "Support given"),
       typed("poverty_status", FieldType::Choice, false, "Hộ nghèo (chuẩn đa chiều)",
             "Poverty (multidimensional standard)", 3),
       typed("help_id", FieldType::Id, false, "Hỗ trợ của Hội", "The Union's help")}};
  schemas[RecordKind::Member] = {RecordKind::Member,
      {text("full_name", true, kMaxShortText, "Họ và tên", "Full name"),
       integer("birth_year", false, 1900, 2100, "Năm sinh", "Year of birth"),
       pastDate("joined_on", DateRange::History, true, "Ngày vào Hội", "Joined on"),
       typed("left_on", FieldType::Date, false, "Ngày ra Hội", "Left on"),
       flag("core", "Hội viên nòng cốt", "Core member")}};
  schemas[RecordKind::Exemplar] = {RecordKind::Exemplar,
      {typed("kind", FieldType::Choice, true, "Loại điển hình", "Kind of exemplar", 3),
       text("name", true, kMaxShortText, "Tên điển hình", "Name"),
       text("description", false, kMaxLongText, "Mô tả", "Description"),
       typed("date", FieldType::Date, true, "Ngày", "Date"),
       flag("quarter_reportable", "Cung cấp cho tuyên truyền hằng quý", "Offered for the quarter's propaganda")}};
  schemas[RecordKind::MediaPost] = {RecordKind::MediaPost,
      {text("title", true, kMaxShortText, "Tiêu đề tin/bài", "Title"),
       typed("outlet_level", FieldType::Choice, true, "Cấp cơ quan báo chí", "Outlet level", 3),
       typed("date", FieldType::Date, true, "Ngày đăng", "Date published"),
       text("url", false, kMaxLongText, "Đường dẫn", "Link")}};
  schemas[RecordKind::EconomicSupport] = {RecordKind::EconomicSupport,
      {typed("kind", FieldType::Choice, true, "Loại hỗ trợ", "Kind of support", 4),
       text("name", true, kMaxShortText, "Tên mô hình / cơ sở", "Name"),
       typed("date", FieldType::Date, true, "Ngày", "Date"),
       text("description", false, kMaxLongText, "Mô tả", "Description"),
       people("person_ids", false, "Người được hỗ trợ", "People helped")}};
  schemas[RecordKind::FundReport] = {RecordKind::FundReport,
      {integer("year", true, kFirstYear, kLastYear, "Năm", "Year"),
       integer("amount", false, 0, kMaxDong, "Tổng quỹ (đồng)", "Fund (đồng)"),
       text("note", false, kMaxLongText, "Ghi chú", "Note")}};
  schemas[RecordKind::UnitRating] = {RecordKind::UnitRating,
      {integer("year", true, kFirstYear, kLastYear, "Năm", "Year"),
       typed("rating", FieldType::Choice, true, "Xếp loại", "Rating", 5)}};
  schemas[RecordKind::ProgrammeContribution] = {RecordKind::ProgrammeContribution,
      {typed("programme", FieldType::Choice, true, "Chương trình", "Programme", 2),
       typed("person_id", FieldType::Id, false, "Người ủng hộ", "Contributor"),
       text("contributor_name", true, kMaxShortText, "Họ và tên người ủng hộ", "Contributor's name"),
       flag("committee_member", "Ủy viên Ban Chấp hành", "Executive committee member"),
       integer("amount", true, 1, kMaxDong, "Số tiền (đồng)", "Amount (đồng)"),
       typed("date", FieldType::Date, true, "Ngày", "Date")}};
  schemas[RecordKind::PlanEvent] = {RecordKind::PlanEvent,
      {text("name", true, kMaxShortText, "Tên sự kiện", "Event"),
       typed("start_date", FieldType::Date, true, "Ngày bắt đầu", "Starts on"),
       typed("end_date", FieldType::Date, false, "Ngày kết thúc", "Ends on"),
       text("place", false, kMaxShortText, "Địa điểm", "Place")}};
  schemas[RecordKind::ReviewDecision] = {RecordKind::ReviewDecision,
      {typed("record_id", FieldType::Id, true, "Hồ sơ được duyệt", "Reviewed record"),
       typed("reviewed_version_id", FieldType::Id, true, "Phiên bản được duyệt", "Reviewed version"),
       typed("outcome", FieldType::Choice, true, "Kết quả duyệt", "Decision", 2),
       text("comment", false, kMaxLongText, "Ý kiến", "Comment"),
       typed("reviewer_level", FieldType::Choice, false, "Cấp duyệt", "Reviewed by", 3)}};
  schemas[RecordKind::Congress] = {RecordKind::Congress,
      {typed("start_date", FieldType::Date, true, "Ngày khai mạc", "Opens on"),
       typed("end_date", FieldType::Date, false, "Ngày bế mạc", "Closes on"),
       integer("delegates", false, 0, kMaxParticipants, "Số đại biểu", "Delegates"),
       integer("committee_size", false, 0, kMaxCommittee, "Số ủy viên Ban Chấp hành được bầu",
               "Executive committee elected"),
       text("chair_name", false, kMaxShortText, "Chủ tịch được bầu", "Chair elected"),
       flag("pilot", "Đại hội điểm", "Pilot congress")}};
  schemas[RecordKind::Award] = {RecordKind::Award,
      {text("recipient_name", true, kMaxShortText, "Tập thể / cá nhân được khen", "Honoured (person or group)"),
       typed("form", FieldType::Choice, true, "Hình thức khen thưởng", "Form of award", 4),
       text("awarded_by", true, kMaxShortText, "Cấp khen", "Awarded by"),
       pastDate("date", DateRange::State, true, "Ngày khen", "Date"),
       text("reason", false, kMaxLongText, "Thành tích", "For")}};
  schemas[RecordKind::CommitteeChange] = {RecordKind::CommitteeChange,
      {text("person_name", true, kMaxShortText, "Họ và tên", "Full name"),
       text("position", false, kMaxShortText, "Chức vụ", "Position"),
       typed("change", FieldType::Choice, true, "Thay đổi", "Change", 2),
       pastDate("date", DateRange::State, true, "Ngày", "Date")}};
  for (RecordKind kind : {RecordKind::Activity, RecordKind::Training, RecordKind::HouseholdVisit})
    addEvidence(&schemas[kind].fields);
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

std::vector<RecordReference> recordReferences(RecordKind kind, const QVariantMap& fields) {
  std::vector<RecordReference> references;
  for (const FieldSpec& spec : schemaFor(kind).fields) {
    if (spec.type != FieldType::Id && spec.type != FieldType::IdList) continue;
    if (spec.name == QLatin1String("reviewed_version_id")) continue;
    const QVariant value = fields.value(spec.name);
    const QStringList ids = spec.type == FieldType::Id ? QStringList{value.toString()} : value.toStringList();
    RecordReference reference{spec.name, {}};
    for (const QString& id : ids)
      if (!id.isEmpty()) reference.recordIds.append(id);
    if (!reference.recordIds.isEmpty()) references.push_back(std::move(reference));
  }
  return references;
}

}  // namespace sohoi
