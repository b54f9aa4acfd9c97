#include "choice_labels.h"

#include <vector>

namespace sohoi {

namespace {

struct Words {
  const char* vi;
  const char* en;
};

struct ChoiceTable {
  RecordKind kind;
  const char* field;
  std::vector<Words> labels;  // index 0 is value 1, following records.proto
};

// The Vietnamese words are the ones the glossary and the seed use; the English ones were the app's source
// strings when the table lived in its translation catalogues.
const std::vector<ChoiceTable>& tables() {
  static const std::vector<ChoiceTable> all = {
      {RecordKind::Activity, "kind",
       {{"Tuyên truyền, giáo dục chính trị tư tưởng", "Propaganda, political education"},
        {"Chào mừng Đại hội", "Welcoming the congress"},
        {"Xây dựng nông thôn mới, đô thị văn minh", "New rural development, civilised town"},
        {"Giám sát chính sách", "Policy supervision"},
        {"Phản biện xã hội", "Social criticism"},
        {"Dân chủ: đối thoại, diễn đàn", "Democracy: dialogue, forum"},
        {"Mô hình Đề án 938", "Project 938 model"},
        {"Khác", "Other"},
        {"Cụ thể hoá tiêu chí phong trào thi đua", "Emulation criteria"}}},
      {RecordKind::Training, "kind",
       {{"Nghiệp vụ công tác Hội", "Union work skills"},
        {"Công tác xã hội", "Social work"},
        {"Đào tạo nghề", "Vocational training"},
        {"Tư vấn nghề", "Vocational counselling"}}},
      {RecordKind::Person, "role",
       {{"Chi hội trưởng", "Branch leader"},
        {"Cán bộ chuyên trách", "Full-time cadre"},
        {"Hội viên", "Member"},
        {"Lao động nữ", "Woman worker"}}},
      {RecordKind::Exemplar, "kind",
       {{"Cá nhân phụ nữ tiêu biểu", "Outstanding woman"}, {"Mô hình", "Model"}, {"Cách làm hay", "Good practice"}}},
      {RecordKind::MediaPost, "outlet_level",
       {{"Trung ương", "Central"}, {"Tỉnh", "Provincial"}, {"Địa phương", "Local"}}},
      {RecordKind::EconomicSupport, "kind",
       {{"Mô hình phát triển kinh tế", "Economic development model"},
        {"Khởi nghiệp, khởi sự kinh doanh", "Start-up, starting a business"},
        {"Hợp tác xã", "Cooperative"},
        {"Giúp hộ nghèo thoát nghèo", "Helping a poor household out of poverty"}}},
      {RecordKind::Person, "sex", {{"Nữ", "Female"}, {"Nam", "Male"}}},
      {RecordKind::HouseholdVisit, "poverty_status",
       {{"Hộ nghèo", "Poor"}, {"Hộ cận nghèo", "Near-poor"}, {"Không nghèo", "Not poor"}}},
      {RecordKind::Award, "form",
       {{"Cờ thi đua", "Emulation flag"}, {"Bằng khen", "Certificate of merit"}, {"Giấy khen", "Commendation"},
        {"Khác", "Other"}}},
      {RecordKind::CommitteeChange, "change", {{"Bầu bổ sung", "Elected (by-election)"}, {"Thôi tham gia", "Left"}}},
      {RecordKind::UnitRating, "rating",
       {{"Xuất sắc", "Excellent"}, {"Tốt", "Good"}, {"Khá", "Fair"}, {"Trung bình", "Average"}, {"Kém", "Poor"}}},
      {RecordKind::ProgrammeContribution, "programme",
       {{"Quỹ hỗ trợ phụ nữ nghèo", "Poor-women support fund"},
        {"Đồng hành cùng phụ nữ biên cương", "Border-women programme"}}},
      {RecordKind::ReviewDecision, "outcome", {{"Đã duyệt", "Approved"}, {"Trả lại", "Returned"}}},
      {RecordKind::ReviewDecision, "reviewer_level",
       {{"Hội LHPN tỉnh", "Province union"}, {"Hội LHPN huyện", "District union"}, {"Cơ sở Hội", "Commune union"}}},
  };
  return all;
}

}  // namespace

QString choiceLabel(RecordKind kind, const QString& field, int value, Language language) {
  for (const ChoiceTable& table : tables()) {
    if (table.kind != kind || field != QLatin1String(table.field)) continue;
    if (value < 1 || value > static_cast<int>(table.labels.size())) return {};
    const Words& words = table.labels[static_cast<size_t>(value - 1)];
    return QString::fromUtf8(language == Language::Vietnamese ? words.vi : words.en);
  }
  return {};
}

}  // namespace sohoi
