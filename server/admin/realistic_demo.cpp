#include "realistic_demo.h"

#include "demo_writer.h"

#include <algorithm>
#include <numeric>

namespace sohoi::server {

namespace {

const char* const kSurnames[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
                                 "Ngô", "Dương", "Lý", "Ma", "La", "Hà", "Lục", "Triệu", "Nông", "Đào"};
const char* const kGiven[] = {"Lan", "Hương", "Hoa", "Mai", "Thu", "Hạnh", "Nga", "Hằng", "Yến", "Thảo",
                              "Linh", "Trang", "Phương", "Hà", "Loan", "Nhung", "Dung", "Huyền", "Oanh", "Vân",
                              "Thủy", "Liên", "Ngọc", "Quyên", "Tuyết", "Bích", "Diệp", "Xuân"};
const char* const kMiddle[] = {"Thị", "Thị", "Thị", "Thu", "Minh", "Thanh", "Ngọc", "Hồng"};
const char* const kHamlets[] = {"Đồng Tâm", "Tân Lập", "Làng Mới", "Bãi Bằng", "Cây Thị", "Đồng Bẩm",
                                "Na Hoàng", "Khuôn Ngàn", "Đầm Mương", "Phố Chợ", "Bờ Đậu", "Đồng Xe",
                                "Cầu Gáo", "Mỏ Bạch", "Làng Chè", "Gốc Gạo", "Tân Thành", "Đèo Khế"};

template <size_t N>
QString pick(std::mt19937_64& random, const char* const (&list)[N]) {
  return QString::fromUtf8(list[random() % N]);
}

QString fullName(std::mt19937_64& random) {
  return pick(random, kSurnames) + QLatin1Char(' ') + pick(random, kMiddle) + QLatin1Char(' ') + pick(random, kGiven);
}

bool chance(std::mt19937_64& random, double p) { return std::uniform_real_distribution<double>(0, 1)(random) < p; }
int between(std::mt19937_64& random, int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); }
QDate dayIn(std::mt19937_64& random, int year, int firstMonth = 1, int lastMonth = 12) {
  const QDate first(year, firstMonth, 1), last = QDate(year, lastMonth, 1).addMonths(1).addDays(-1);
  return first.addDays(between(random, 0, static_cast<int>(first.daysTo(last))));
}

QVariantMap person(std::mt19937_64& random, int role, bool meetsStandard = false) {
  constexpr int kFemale = 1;  // the Union's cadres, leaders and women workers are women
  return {{"full_name", fullName(random)}, {"role", role}, {"birth_year", between(random, 1965, 1998)},
          {"meets_title_standard", meetsStandard}, {"sex", kFemale}};
}

// The congress of the 2021–2026 term: the seed's pilots on their days, the others spread over the months
// the province allows (some late, so the deadline indicators show units behind).
QVariantMap congress(const QDate& start, int days, bool pilot, std::mt19937_64& random) {
  return {{"start_date", start}, {"end_date", start.addDays(days - 1)}, {"delegates", between(random, 60, 150)},
          {"committee_size", between(random, 9, 25)}, {"chair_name", fullName(random)}, {"pilot", pilot}};
}

QVariantMap activity(int kind, const QString& title, const QDate& date, std::mt19937_64& random) {
  const int total = between(random, 20, 120);
  return {{"kind", kind}, {"title", title}, {"date", date}, {"participants_total", total},
          {"participants_women", total * 9 / 10}};
}

QStringList unitsAt(const OrgTree& tree, UnitLevel level) {
  QStringList ids;
  for (const OrgUnit& unit : tree.units())
    if (unit.level == level) ids.append(unit.id);
  std::sort(ids.begin(), ids.end());  // the hash's order is not the seed's business
  return ids;
}

}  // namespace

std::vector<OrgUnit> demoTree(const std::vector<OrgUnit>& fileUnits, quint64 seed) {
  std::mt19937_64 random(seed);
  std::vector<OrgUnit> units = fileUnits;
  std::vector<const OrgUnit*> communes;
  for (const OrgUnit& unit : fileUnits)
    if (unit.level == UnitLevel::Commune) communes.push_back(&unit);
  if (communes.empty()) return units;
  const int base = kDemoBranches / static_cast<int>(communes.size());
  const int extra = kDemoBranches % static_cast<int>(communes.size());
  std::vector<int> order(communes.size());
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), random);
  std::vector<int> branches(communes.size(), base);
  for (int i = 0; i < extra; ++i) ++branches[static_cast<size_t>(order[static_cast<size_t>(i)])];
  std::vector<OrgUnit> added;
  for (size_t c = 0; c < communes.size(); ++c) {
    const OrgUnit& commune = *communes[c];
    const bool urban = commune.name.startsWith(QStringLiteral("Phường")) || commune.name.startsWith(QStringLiteral("Thị trấn"));
    for (int n = 1; n <= std::max(3, branches[c]); ++n) {
      const QString name = urban ? QStringLiteral("Chi hội tổ dân phố %1").arg(n)
                                 : QStringLiteral("Chi hội xóm %1").arg(pick(random, kHamlets));
      added.push_back({commune.id + QStringLiteral("-%1").arg(n), commune.id, name, UnitLevel::Branch});
    }
  }
  units.insert(units.end(), added.begin(), added.end());
  return units;
}

std::vector<plan::UnitBaseline> demoBaselines(const OrgTree& tree, quint64 seed) {
  std::mt19937_64 random(seed ^ 0x5eedULL);
  std::vector<plan::UnitBaseline> result;
  const QStringList branches = unitsAt(tree, UnitLevel::Branch);
  std::vector<double> weights;
  for (qsizetype i = 0; i < branches.size(); ++i) weights.push_back(std::uniform_real_distribution<double>(0.6, 1.4)(random));
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  qint64 given = 0;
  for (qsizetype i = 0; i < branches.size(); ++i) {
    plan::UnitBaseline b;
    b.unitId = branches.at(i);
    b.members = static_cast<qint64>(static_cast<double>(kDemoMembers) * weights[static_cast<size_t>(i)] / total);
    given += b.members;
    b.branchLeaders = 1;
    result.push_back(b);
  }
  // Rounding leaves a few members over: the first branches take one more each, so the total is exact.
  for (size_t i = 0; given < kDemoMembers && !result.empty(); i = (i + 1) % result.size(), ++given) ++result[i].members;
  for (plan::UnitBaseline& b : result) {
    // Attraction rates from 60% to 95%: some branches above 80% (grow ≥ 0.3%), most below (≥ 1%).
    const double rate = std::uniform_real_distribution<double>(0.60, 0.95)(random);
    b.women18Plus = static_cast<qint64>(static_cast<double>(b.members) / rate);
    b.coreMembers = b.members * 41 / 100;  // about the 40% target 9.4 asks for (no draw: the rest stays as it was)
  }
  for (const QString& commune : unitsAt(tree, UnitLevel::Commune)) {
    plan::UnitBaseline b;
    b.unitId = commune;
    b.fund = between(random, 20, 80) * 1000000LL;
    b.fullTimeCadres = 1;
    result.push_back(b);
  }
  for (const QString& district : unitsAt(tree, UnitLevel::District)) {
    plan::UnitBaseline b;
    b.unitId = district;
    b.fullTimeCadres = 3;
    result.push_back(b);
  }
  for (const QString& province : unitsAt(tree, UnitLevel::Province)) {
    plan::UnitBaseline b;
    b.unitId = province;
    b.fullTimeCadres = 10;
    b.committeeMembers = 35;
    result.push_back(b);
  }
  return result;
}

void writeDemoRecords(DemoWriter& w, const OrgTree& tree, const std::vector<plan::UnitBaseline>& baselines,
                      int perBranch, std::vector<StartState>* startStates) {
  if (perBranch <= 0) return;
  std::mt19937_64& random = w.random();
  QHash<QString, qint64> fund;
  for (const plan::UnitBaseline& b : baselines) fund.insert(b.unitId, b.fund);
  QHash<QString, QStringList> leadersOf, cadresOf;  // district → its branch leaders / full-time cadres
  const auto districtOf = [&tree](QString unit) {
    for (const OrgUnit* u = tree.find(unit); u && u->level != UnitLevel::District; u = tree.find(unit)) unit = u->parentId;
    return unit;
  };

  // Branches: the leader, households and their visits, members, a propaganda meeting.
  const int households = std::max(1, perBranch / 6);
  const int joins = std::max(1, perBranch / 4);
  const int leaves = std::max(0, joins / 4);
  const int existing = std::max(0, perBranch - 3 * households - joins - leaves - 2);
  for (const QString& branch : unitsAt(tree, UnitLevel::Branch)) {
    leadersOf[districtOf(branch)].append(w.add(RecordKind::Person, branch, person(random, 1), QDate(2021, 1, 4)));
    for (int h = 0; h < households; ++h) {
      const QString head = fullName(random);
      const bool femaleHeaded = chance(random, 0.4), poor = chance(random, 0.3);
      const QString household = w.add(RecordKind::Household, branch,
                                      {{"head_name", head}, {"hamlet", tree.find(branch)->name},
                                       {"female_headed", femaleHeaded}, {"poor", poor},
                                       {"size", between(random, 2, 7)}},
                                      QDate(2020, 3, 1));
      const char* const criteria[] = {"no_poverty",      "no_law_violation", "no_domestic_violence",
                                      "no_third_child",  "no_malnutrition_dropout", "clean_house",
                                      "clean_kitchen",   "clean_lane"};
      QVariantMap before{{"household_id", household}, {"date", dayIn(random, 2020, 6, 11)}};
      QVariantMap after{{"household_id", household}, {"date", dayIn(random, 2021, 2, 12)}};
      const bool allAfter = chance(random, 0.6);
      for (const char* criterion : criteria) {
        before.insert(QString::fromLatin1(criterion), chance(random, 0.75));
        after.insert(QString::fromLatin1(criterion), allAfter || chance(random, 0.8));
      }
      constexpr int kPoor = 1, kNotPoor = 3, kPovertyHelp = 4;
      before.insert("poverty_status", poor ? kPoor : kNotPoor);
      after.insert("poverty_status", poor ? kPoor : kNotPoor);
      // Some poor women-led households leave poverty with the branch's help, linked from the visit that
      // finds them out of it.
      if (poor && femaleHeaded && chance(random, 0.5)) {
        const QDate helped = after.value("date").toDate().addDays(-20);
        after.insert("help_id", w.add(RecordKind::EconomicSupport, branch,
                                      {{"kind", kPovertyHelp}, {"name", QStringLiteral("Hỗ trợ giống, vốn cho hộ %1").arg(head)},
                                       {"date", helped}},
                                      helped));
        after.insert("poverty_status", kNotPoor);
        after.insert("no_poverty", true);
      }
      startStates->push_back({0, before});
      w.add(RecordKind::HouseholdVisit, branch, after, after.value("date").toDate());
    }
    for (int m = 0; m < joins; ++m) {
      const QDate joined = dayIn(random, 2021);
      w.add(RecordKind::Member, branch,
            {{"full_name", fullName(random)}, {"birth_year", between(random, 1970, 2002)}, {"joined_on", joined},
             {"core", chance(random, 0.45)}},
            joined);
    }
    for (int m = 0; m < leaves; ++m)
      w.add(RecordKind::Member, branch,
            {{"full_name", fullName(random)}, {"joined_on", dayIn(random, 2012)}, {"left_on", dayIn(random, 2021)}},
            QDate(2021, 6, 1));
    for (int m = 0; m < existing; ++m)
      w.add(RecordKind::Member, branch,
            {{"full_name", fullName(random)}, {"joined_on", dayIn(random, between(random, 2005, 2020))},
             {"core", chance(random, 0.4)}},
            QDate(2021, 1, 2));
    w.add(RecordKind::Activity, branch,
          activity(1, QStringLiteral("Tuyên truyền chủ quyền biển, đảo"), dayIn(random, 2021), random),
          QDate(2021, 5, 1));
  }

  // Communes: their own activities, exemplars, a cadre, a vocational class, the rating and the fund.
  const QStringList communes = unitsAt(tree, UnitLevel::Commune);
  for (const QString& commune : communes) {
    const int kinds[] = {1, 3, 4, 5, 6};  // propaganda, new rural, supervision, social criticism, democracy
    for (int kind : kinds)
      if (kind != 5 || chance(random, 0.95))
        w.add(RecordKind::Activity, commune, activity(kind, QStringLiteral("Hoạt động cơ sở %1").arg(kind), dayIn(random, 2021), random),
              QDate(2021, 6, 1));
    for (int e = 0, n = chance(random, 0.9) ? 2 : 1; e < n; ++e)
      w.add(RecordKind::Exemplar, commune,
            {{"kind", between(random, 1, 3)}, {"name", fullName(random)}, {"date", dayIn(random, 2021)}},
            QDate(2021, 7, 1));
    cadresOf[districtOf(commune)].append(w.add(RecordKind::Person, commune, person(random, 2, chance(random, 0.95)), QDate(2021, 1, 4)));
    QStringList trainees, employed;
    for (int t = 0; t < 8; ++t) {
      trainees.append(w.add(RecordKind::Person, commune, person(random, 4), QDate(2021, 3, 1)));
      if (chance(random, 0.75)) employed.append(trainees.back());
    }
    w.add(RecordKind::Training, commune,
          {{"kind", 3}, {"title", QStringLiteral("Đào tạo nghề may công nghiệp")}, {"date", dayIn(random, 2021, 3, 10)},
           {"trainee_ids", trainees}, {"employed_ids", employed}},
          QDate(2021, 4, 1));
    const double draw = std::uniform_real_distribution<double>(0, 1)(random);
    const int rating = draw < 0.25 ? 1 : draw < 0.9 ? 2 : draw < 0.98 ? 4 : 5;
    w.add(RecordKind::UnitRating, commune, {{"year", 2021}, {"rating", rating}}, QDate(2021, 12, 20));
    const double growth = std::uniform_real_distribution<double>(-0.02, 0.10)(random);
    w.add(RecordKind::FundReport, commune,
          {{"year", 2021}, {"amount", static_cast<qint64>(static_cast<double>(fund.value(commune)) * (1 + growth))}},
          QDate(2021, 12, 15));
    if (chance(random, 0.5))
      w.add(RecordKind::EconomicSupport, commune, {{"kind", 1}, {"name", QStringLiteral("Mô hình trồng chè sạch")}, {"date", dayIn(random, 2021)}},
            QDate(2021, 8, 1));
    if (chance(random, 0.1)) {
      const QString founder = w.add(RecordKind::Person, commune, person(random, 3), QDate(2021, 8, 1));
      w.add(RecordKind::EconomicSupport, commune,
            {{"kind", 2}, {"name", QStringLiteral("Phụ nữ khởi nghiệp")}, {"date", dayIn(random, 2021)},
             {"person_ids", QStringList{founder}}},
            QDate(2021, 8, 1));
    }
    const bool pilot = commune == QLatin1String("05449") || commune == QLatin1String("05953");
    const QDate held = commune == QLatin1String("05449")   ? QDate(2021, 3, 2)
                       : commune == QLatin1String("05953") ? QDate(2021, 3, 17)
                                                           : dayIn(random, 2021, 3, chance(random, 0.9) ? 6 : 8);
    w.add(RecordKind::Congress, commune, congress(held, pilot ? 2 : 1, pilot, random), held);
    if (chance(random, 0.03) || commune == communes.first())  // the province's target is one
      w.add(RecordKind::EconomicSupport, commune, {{"kind", 3}, {"name", QStringLiteral("Hợp tác xã chè")}, {"date", dayIn(random, 2021)}},
            QDate(2021, 8, 1));
  }

  // Districts: emulation, congress welcoming, Project 938, media, the quarter's exemplars, cadres, training.
  for (const QString& district : unitsAt(tree, UnitLevel::District)) {
    w.add(RecordKind::Activity, district, activity(9, QStringLiteral("Cụ thể hoá tiêu chí thi đua"), QDate(2021, 2, 20), random), QDate(2021, 2, 20));
    w.add(RecordKind::Activity, district, activity(2, QStringLiteral("Chào mừng Đại hội Đảng"), QDate(2021, 3, 10), random), QDate(2021, 3, 10));
    if (chance(random, 0.9))
      w.add(RecordKind::Activity, district, activity(7, QStringLiteral("Mô hình Đề án 938"), dayIn(random, 2021), random), QDate(2021, 6, 1));
    for (int p = 0, n = between(random, 5, 9); p < n; ++p)
      w.add(RecordKind::MediaPost, district,
            {{"title", QStringLiteral("Tin hoạt động Hội")}, {"outlet_level", between(random, 1, 3)}, {"date", dayIn(random, 2021)}},
            QDate(2021, 6, 1));
    for (int e = 0, n = between(random, 2, 4); e < n; ++e)
      w.add(RecordKind::Exemplar, district,
            {{"kind", 1}, {"name", fullName(random)}, {"date", dayIn(random, 2021, 10, 12)}, {"quarter_reportable", true}},
            QDate(2021, 10, 15));
    for (int e = 0, n = between(random, 2, 3); e < n; ++e)
      w.add(RecordKind::EconomicSupport, district, {{"kind", 1}, {"name", QStringLiteral("Mô hình kinh tế")}, {"date", dayIn(random, 2021)}},
            QDate(2021, 8, 1));
    QStringList cadres = cadresOf.value(district);
    for (int c = 0; c < 3; ++c)
      cadres.append(w.add(RecordKind::Person, district, person(random, 2, chance(random, 0.95)), QDate(2021, 1, 4)));
    QStringList trainees;
    for (const QString& leader : leadersOf.value(district))
      if (chance(random, 0.6)) trainees.append(leader);
    for (const QString& cadre : cadres)
      if (chance(random, 0.9)) trainees.append(cadre);
    w.add(RecordKind::Training, district,
          {{"kind", 1}, {"title", QStringLiteral("Tập huấn nghiệp vụ công tác Hội")}, {"date", dayIn(random, 2021, 4, 9)},
           {"trainee_ids", trainees}},
          QDate(2021, 5, 1));
    w.add(RecordKind::UnitRating, district, {{"year", 2021}, {"rating", chance(random, 0.8) ? 2 : 1}}, QDate(2021, 12, 20));
    const bool pilot = district == QLatin1String("167");  // Định Hóa, in the 4th week of June
    const QDate held = pilot ? QDate(2021, 6, 24) : dayIn(random, 2021, 7, chance(random, 0.85) ? 9 : 10);
    w.add(RecordKind::Congress, district, congress(held, 2, pilot, random), held);
    w.add(RecordKind::Award, district,
          {{"recipient_name", tree.find(district)->name}, {"form", 2}, {"awarded_by", QStringLiteral("Hội LHPN tỉnh Thái Nguyên")},
           {"date", QDate(2021, 12, 28)}, {"reason", QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2021")}},
          QDate(2021, 12, 28));
  }

  // The province: its cadres, the executive committee's contributions, the year's events.
  for (const QString& province : unitsAt(tree, UnitLevel::Province)) {
    QStringList trainees;
    for (int c = 0; c < 10; ++c)
      trainees.append(w.add(RecordKind::Person, province, person(random, 2, true), QDate(2021, 1, 4)));
    w.add(RecordKind::Training, province,
          {{"kind", 2}, {"title", QStringLiteral("Tập huấn công tác xã hội")}, {"date", QDate(2021, 9, 14)}, {"trainee_ids", trainees}},
          QDate(2021, 9, 14));
    for (int m = 0; m < 35; ++m) {
      const QString name = fullName(random) + QStringLiteral(" (UV %1)").arg(m + 1);
      for (int c = 0, n = between(random, 1, 3); c < n; ++c)
        w.add(RecordKind::ProgrammeContribution, province,
              {{"programme", between(random, 1, 2)}, {"contributor_name", name}, {"committee_member", true},
               {"amount", between(random, 5, 20) * 10000LL}, {"date", dayIn(random, 2021)}},
              QDate(2021, 6, 1));
    }
    // The seed's item 2 (pilot congresses) and item 5 (the OCOP fair), on the seed's days.
    struct Event {
      const char* name;
      const char* place;
      QDate start, end;
    };
    const Event events[] = {
        {"Đại hội điểm cấp cơ sở: Hội LHPN phường Phan Đình Phùng", "Thành phố Thái Nguyên", QDate(2021, 3, 2), QDate(2021, 3, 3)},
        {"Đại hội điểm cấp cơ sở: Hội LHPN xã Lương Phú", "Huyện Phú Bình", QDate(2021, 3, 17), QDate(2021, 3, 18)},
        {"Đại hội điểm cấp huyện: Hội LHPN huyện Định Hóa (tuần 4 tháng 6)", "Huyện Định Hóa", QDate(2021, 6, 21), QDate(2021, 6, 27)},
        {"Trưng bày sản phẩm OCOP dịp Tết Tân Sửu", "Thành phố Thái Nguyên", QDate(2021, 2, 1), QDate(2021, 2, 10)}};
    for (const Event& event : events)
      w.add(RecordKind::PlanEvent, province,
            {{"name", QString::fromUtf8(event.name)}, {"place", QString::fromUtf8(event.place)},
             {"start_date", event.start}, {"end_date", event.end}},
            event.start);
    // The seed's item 3: the conference elected Định Hóa's chair to the provincial committee on 30/12/2020.
    w.add(RecordKind::CommitteeChange, province,
          {{"person_name", QStringLiteral("Lương Thị Ngâm")}, {"position", QStringLiteral("Chủ tịch Hội LHPN huyện Định Hóa")},
           {"change", 1}, {"date", QDate(2020, 12, 30)}},
          QDate(2021, 1, 4));
  }
}

}  // namespace sohoi::server
