#include "record_factory.h"

#include <QDate>

namespace sohoi::tools::sim {

namespace {

const QStringList kFamilyNames = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
                                  "Ngô", "Dương", "Lý", "Ma", "La"};
const QStringList kGivenNames = {"Lan", "Hương", "Mai", "Hoa", "Thu", "Hạnh", "Nga", "Linh", "Thảo", "Yến",
                                 "Hằng", "Huyền", "Nhung", "Phương", "Loan", "Dung"};
const QStringList kHamlets = {"Xóm Đồng Tâm", "Xóm Làng Mới", "Xóm Bãi Pháo", "Xóm Na Mấy", "Tổ dân phố 3",
                              "Xóm Khuôn Ngục", "Xóm Văn Giang", "Xóm Đồng Bầu"};
const QStringList kPlaces = {"Nhà văn hóa xóm", "Hội trường UBND xã", "Trường tiểu học", "Nhà chi hội trưởng"};
const QStringList kSupport = {"Tặng quà Tết", "Hướng dẫn vay vốn", "Tư vấn nuôi con khỏe", "Hỗ trợ cây giống",
                              ""};

struct ActivityIdea {
  int kind;
  const char* title;
  const char* topic;
};
const std::vector<ActivityIdea> kActivities = {
    {1, "Tuyên truyền chủ quyền biển đảo", "Chủ quyền biển, đảo Việt Nam"},
    {1, "Sinh hoạt chuyên đề Nghị quyết Đại hội Đảng", "Nghị quyết Đại hội XIII"},
    {2, "Hội thi chào mừng Đại hội Phụ nữ", ""},
    {3, "Ra quân vệ sinh đường làng", "Xây dựng nông thôn mới"},
    {4, "Giám sát chi trả trợ cấp", ""},
    {5, "Góp ý dự thảo quy chế dân chủ", ""},
    {6, "Đối thoại với phụ nữ thôn", "Phụ nữ làm kinh tế"},
    {7, "Sinh hoạt mô hình Đề án 938", "Phòng chống bạo lực gia đình"},
    {8, "Giao lưu văn nghệ", ""},
};

// A mix close to what a branch logs in a year; persons and households come before what refers to them.
const RecordKind kMix[] = {RecordKind::Person,    RecordKind::Activity,       RecordKind::Household,
                           RecordKind::Person,    RecordKind::Training,       RecordKind::HouseholdVisit,
                           RecordKind::Activity,  RecordKind::Member,         RecordKind::Household,
                           RecordKind::HouseholdVisit};

}  // namespace

RecordFactory::RecordFactory(quint64 seed, QString unitId) : random_(seed), unitId_(std::move(unitId)) {}

RecordKind RecordFactory::kindAt(int n) { return kMix[n % static_cast<int>(std::size(kMix))]; }

int RecordFactory::between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }

QString RecordFactory::pick(const QStringList& list) { return list.at(between(0, static_cast<int>(list.size()) - 1)); }

QString RecordFactory::womanName() { return pick(kFamilyNames) + QStringLiteral(" Thị ") + pick(kGivenNames); }

QDate RecordFactory::dateIn2021() {
  // Up to today for runs inside 2021 itself, so no date is in the future.
  const QDate first(2021, 1, 1);
  const int lastDay = static_cast<int>(std::min<qint64>(364, first.daysTo(QDate::currentDate())));
  return first.addDays(between(0, lastDay));
}

QVariantMap RecordFactory::fieldsFor(RecordKind kind) {
  switch (kind) {
    case RecordKind::Person:
      return {{"full_name", womanName()}, {"role", between(1, 4)}, {"birth_year", qint64{between(1960, 2000)}}};
    case RecordKind::Activity: {
      const ActivityIdea& idea = kActivities[static_cast<size_t>(between(0, static_cast<int>(kActivities.size()) - 1))];
      const qint64 total = between(10, 80);
      QVariantMap fields{{"kind", idea.kind},
                         {"title", QString::fromUtf8(idea.title)},
                         {"date", dateIn2021()},
                         {"place", pick(kPlaces)},
                         {"participants_total", total},
                         {"participants_women", qint64{between(5, static_cast<int>(total))}}};
      if (*idea.topic) fields.insert("topic", QString::fromUtf8(idea.topic));
      return fields;
    }
    case RecordKind::Training: {
      QStringList trainees;
      for (int i = 0; i < 3 && i < people_.size(); ++i) trainees << people_.at(people_.size() - 1 - i);
      const int trainingKind = between(1, 4);
      QVariantMap fields{{"kind", trainingKind},
                         {"title", trainingKind == 3 ? QStringLiteral("Lớp đào tạo nghề may công nghiệp")
                                                     : QStringLiteral("Tập huấn nghiệp vụ công tác Hội")},
                         {"date", dateIn2021()},
                         {"trainee_ids", trainees}};
      if (trainingKind == 3 && !trainees.isEmpty()) fields.insert("employed_ids", QStringList{trainees.first()});
      return fields;
    }
    case RecordKind::Household:
      return {{"head_name", womanName()},
              {"hamlet", pick(kHamlets)},
              {"female_headed", chance(40)},
              {"poor", chance(15)},
              {"size", qint64{between(1, 8)}}};
    case RecordKind::HouseholdVisit: {
      QVariantMap fields{{"household_id", pick(households_)}, {"date", dateIn2021()}};
      for (const char* criterion : {"no_poverty", "no_law_violation", "no_domestic_violence", "no_third_child",
                                    "no_malnutrition_dropout", "clean_house", "clean_kitchen", "clean_lane"})
        if (chance(85)) fields.insert(QString::fromLatin1(criterion), true);
      const QString support = pick(kSupport);
      if (!support.isEmpty()) fields.insert("support_given", support);
      return fields;
    }
    case RecordKind::Member:
      return {{"full_name", womanName()},
              {"birth_year", qint64{between(1960, 2003)}},
              {"joined_on", dateIn2021()},
              {"core", chance(40)}};
    default:
      // The simulator makes a branch leader's everyday records; the plan's other kinds (exemplars, ratings,
      // fund reports, …) are entered at commune level or above and are not part of its mix.
      return {};
  }
}

client::Status RecordFactory::createRecords(client::LocalStore* store, int count) {
  for (int i = 0; i < count; ++i) {
    RecordKind kind = kindAt(counter_++);
    if (kind == RecordKind::Training && people_.isEmpty()) kind = RecordKind::Person;
    if (kind == RecordKind::HouseholdVisit && households_.isEmpty()) kind = RecordKind::Household;
    RecordVersion saved;
    if (client::Status status = store->createRecord(kind, unitId_, fieldsFor(kind), &saved); !status.isOk()) return status;
    if (kind == RecordKind::Person) people_ << saved.recordId;
    if (kind == RecordKind::Household) households_ << saved.recordId;
    made_ << saved.recordId;
  }
  return client::Status::ok();
}

client::Status RecordFactory::editOne(client::LocalStore* store) {
  if (made_.isEmpty()) return client::Status::ok();
  const QString recordId = pick(made_);
  const std::optional<client::StoredRecord> current = store->record(recordId);
  if (!current) return client::Status::ok();
  return store->editRecord(recordId, fieldsFor(current->head.kind));
}

}  // namespace sohoi::tools::sim
