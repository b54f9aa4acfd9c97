#include "demo_data.h"

#include "household_criteria.h"
#include "ids/uuid7.h"
#include "kind_catalogue.h"

#include <QFile>
#include <QFileInfo>

namespace sohoi::app {

namespace {

std::vector<OrgUnit> demoUnits() {
  return {
      {QStringLiteral("19"), {}, QStringLiteral("Hội LHPN tỉnh Thái Nguyên"), UnitLevel::Province},
      {QStringLiteral("164"), QStringLiteral("19"), QStringLiteral("Hội LHPN TP Thái Nguyên"), UnitLevel::District},
      {QStringLiteral("05449"), QStringLiteral("164"), QStringLiteral("Hội LHPN phường Phan Đình Phùng"),
       UnitLevel::Commune},
      {QString::fromLatin1(kDemoBranchId), QStringLiteral("05449"), QStringLiteral("Chi hội Tổ 1 Phan Đình Phùng"),
       UnitLevel::Branch},
  };
}

}  // namespace

client::Status enrolDemoAccount(client::LocalStore& store, const QString& serverAddress, const QString& unitId) {
  if (client::Status status = store.replaceOrgUnits(demoUnits()); !status.isOk()) return status;
  client::Account account;
  account.deviceId = QStringLiteral("0192f3c4-0000-7000-8000-00000000d3e0");
  account.credential = QStringLiteral("demo-credential");
  account.personId = QStringLiteral("0192f3c4-0000-7000-8000-00000000a11e");
  account.personName = QStringLiteral("Nguyễn Thị Hoa");
  account.unitId = unitId;
  account.serverAddress = serverAddress;
  return store.saveAccount(account);
}

client::Status storeDemoReference(client::LocalStore& store, const QString& planPath, std::vector<OrgUnit> units,
                                  std::vector<plan::UnitBaseline> baselines) {
  QFile file(planPath);
  if (!file.open(QIODevice::ReadOnly))
    return client::Status::error(QStringLiteral("NO_PLAN"), QStringLiteral("Không đọc được %1").arg(planPath),
                                 QStringLiteral("Cannot read %1").arg(planPath));
  plan::ReferenceData reference;  // no version: a real pull replaces it all
  reference.units = std::move(units);
  reference.plan = plan::PlanFile{0, QFileInfo(planPath).fileName(), file.readAll()};  // the year is in the text
  reference.baselines = std::move(baselines);
  return store.replaceReferenceData(reference);
}

client::Status addDemoPlan(client::LocalStore& store, const QString& planPath) {
  // A branch's own figures: its members and its leader; funds and cadres are the commune's and above.
  return storeDemoReference(store, planPath, demoUnits(),
                            {{QString::fromLatin1(kDemoBranchId), plan::kBaselineYear, 112, 140, 0, 1, 0, 0}});
}

namespace {

QDate daysAgo(int days) { return QDate::currentDate().addDays(-days); }

}  // namespace

client::Status addDemoRecords(client::LocalStore& store, int extraActivities) {
  RecordVersion saved;
  QStringList people;
  const char* names[] = {"Nguyễn Thị Lan", "Trần Thị Mai", "Lê Thị Hồng", "Đặng Thị Thu", "Phạm Thị Hương",
                         "Hoàng Thị Đào"};
  int role = 1;
  for (const char* name : names) {
    if (client::Status s = store.createRecord(RecordKind::Person, {},
                                              {{"full_name", QString::fromUtf8(name)}, {"role", (role++ % 4) + 1}},
                                              &saved);
        !s.isOk())
      return s;
    people.append(saved.recordId);
  }
  QStringList households;
  const char* heads[] = {"Đỗ Thị Nga", "Vũ Văn Hùng", "Nguyễn Thị Bích", "Lương Thị Yến"};
  int n = 0;
  for (const char* head : heads) {
    if (client::Status s = store.createRecord(
            RecordKind::Household, {},
            {{"head_name", QString::fromUtf8(head)}, {"hamlet", QStringLiteral("Tổ %1").arg(n + 1)},
             {"female_headed", n % 2 == 0}, {"poor", n == 1}, {"size", qint64(3 + n)}},
            &saved);
        !s.isOk())
      return s;
    households.append(saved.recordId);
    QVariantMap visit{{"household_id", saved.recordId}, {"date", daysAgo(3 + n)},
                      {"support_given", QStringLiteral("Tư vấn vay vốn")}};
    for (int i = 0; i < criteriaFields().size(); ++i)
      if (n % 2 == 0 || i < 5) visit.insert(criteriaFields()[i], true);
    if (client::Status s = store.createRecord(RecordKind::HouseholdVisit, {}, visit); !s.isOk()) return s;
    // The poor household was registered with its status at the start of the year (Tình trạng đầu năm).
    if (n == 1) {
      QVariantMap start{{"household_id", saved.recordId}, {"date", QDate(2020, 12, 31)}, {"poverty_status", 1}};
      for (int i = 0; i < 4; ++i) start.insert(criteriaFields()[i], true);
      if (client::Status s = store.createRecord(RecordKind::HouseholdVisit, {}, start); !s.isOk()) return s;
    }
    ++n;
  }
  const struct {
    int kind;
    const char* title;
    const char* place;
    int days;
  } activities[] = {
      {1, "Tuyên truyền chủ quyền biển đảo", "Nhà văn hoá tổ 1", 0},
      {6, "Đối thoại với hội viên về vay vốn", "Nhà văn hoá tổ 2", 2},
      {3, "Ra quân làm sạch đường làng", "Tổ 3", 9},
      {7, "Sinh hoạt mô hình Đề án 938", "Nhà văn hoá tổ 1", 35},
  };
  for (const auto& a : activities)
    if (client::Status s = store.createRecord(
            RecordKind::Activity, {},
            {{"kind", a.kind}, {"title", QString::fromUtf8(a.title)}, {"date", daysAgo(a.days)},
             {"place", QString::fromUtf8(a.place)}, {"participants_total", qint64(40)}, {"participants_women", qint64(35)}});
        !s.isOk())
      return s;
  // Last plan year's work, so the plan (2021) has figures to show.
  const struct {
    int kind;
    const char* title;
    QDate date;
  } history[] = {
      {1, "Tuyên truyền Luật Biên giới quốc gia", QDate(2021, 3, 8)},
      {1, "Tuyên truyền bầu cử đại biểu Quốc hội", QDate(2021, 5, 10)},
      {7, "Mô hình \"Địa chỉ tin cậy\" (Đề án 938)", QDate(2021, 6, 20)},
      {3, "Ra quân vệ sinh môi trường", QDate(2021, 9, 12)},
  };
  for (const auto& a : history)
    if (client::Status s = store.createRecord(
            RecordKind::Activity, {},
            {{"kind", a.kind}, {"title", QString::fromUtf8(a.title)}, {"date", a.date},
             {"participants_total", qint64(60)}, {"participants_women", qint64(52)}});
        !s.isOk())
      return s;
  for (int i = 0; i < extraActivities; ++i)
    if (client::Status s = store.createRecord(
            RecordKind::Activity, {},
            {{"kind", 1 + i % 8}, {"title", QStringLiteral("Sinh hoạt chi hội số %1").arg(i + 1)},
             {"date", daysAgo(i % 300)}, {"place", QStringLiteral("Nhà văn hoá tổ %1").arg(1 + i % 9)},
             {"participants_total", qint64(20 + i % 50)}});
        !s.isOk())
      return s;
  if (client::Status s = store.createRecord(
          RecordKind::Training, {},
          {{"kind", 1}, {"title", QStringLiteral("Tập huấn nghiệp vụ công tác Hội 2021")}, {"date", daysAgo(6)},
           {"trainee_ids", QStringList{people[0], people[1], people[2]}}});
      !s.isOk())
    return s;
  const char* members[] = {"Ngô Thị Tuyết", "Bùi Thị Hạnh", "Đinh Thị Quỳnh"};
  int m = 0;
  for (const char* member : members) {
    QVariantMap fields{{"full_name", QString::fromUtf8(member)}, {"birth_year", qint64(1975 + 5 * m)},
                       {"joined_on", daysAgo(20 + m)}};
    if (m == 0) fields.insert("core", true);
    if (client::Status s = store.createRecord(RecordKind::Member, {}, fields); !s.isOk()) return s;
    ++m;
  }
  // Two thirds went to the server already: acknowledge them, as a sync would; the server refused one.
  const std::vector<client::Mutation> pending = store.pendingBatch(1000000);
  std::vector<client::MutationResult> results;
  const size_t sent = pending.size() * 2 / 3;
  for (size_t i = 0; i < sent; ++i) results.push_back({pending[i].seq, client::Outcome::Accepted, {}});
  for (const client::Mutation& m : pending)
    if (m.seq > (sent ? pending[sent - 1].seq : 0) && m.version.kind == RecordKind::Activity) {
      results.push_back({m.seq, client::Outcome::Rejected,
                         {ReasonCode::ImplausibleTime, QStringLiteral("date"),
                          QStringLiteral("Ngày của hồ sơ khác xa giờ của máy chủ: hãy kiểm tra ngày giờ trên máy"),
                          QStringLiteral("The record's date is far from the server's clock: check the tablet's date")}});
      break;
    }
  if (client::Status s = store.markAcknowledged(results); !s.isOk()) return s;
  // The district returned one of the sent activities with a comment (a review decision, pulled).
  for (const client::Mutation& m : pending) {
    if (m.version.kind != RecordKind::Activity) continue;
    const std::optional<client::StoredRecord> activity = store.record(m.version.recordId);
    if (!activity || activity->pending > 0) continue;
    RecordVersion decision;
    decision.recordId = newUuid7();
    decision.versionId = newUuid7();
    decision.unitId = activity->head.unitId;
    decision.authorId = QStringLiteral("0192f3c4-0000-7000-8000-0000000d1572");
    decision.deviceId = QStringLiteral("0192f3c4-0000-7000-8000-0000000d15d0");
    decision.hlc = store.clock().now();
    decision.kind = RecordKind::ReviewDecision;
    decision.fields = {{"record_id", activity->head.recordId}, {"reviewed_version_id", activity->head.versionId},
                       {"outcome", 2}, {"comment", QStringLiteral("Bổ sung số phụ nữ tham gia và địa điểm cụ thể")}};
    return store.applyPulledPage({client::PulledChange{decision, decision.versionId, client::ConflictState::None}}, {},
                                 QByteArray("demo"));
  }
  return client::Status::ok();
}

client::Status addDemoOtherRecords(client::LocalStore& store) {
  const QDate lastYearEnd(QDate::currentDate().year() - 1, 12, 31);
  const std::vector<std::pair<RecordKind, QVariantMap>> records = {
      {RecordKind::Exemplar,
       {{"kind", 1}, {"name", QStringLiteral("Chị Hoàng Thị Lụa, nuôi ong giỏi")}, {"date", daysAgo(12)},
        {"description", QStringLiteral("Giúp 5 hội viên thoát nghèo bằng nghề nuôi ong")}}},
      {RecordKind::MediaPost,
       {{"title", QStringLiteral("Phụ nữ Phan Đình Phùng chung tay xây dựng đô thị văn minh")},
        {"outlet_level", 2}, {"date", daysAgo(8)}}},
      {RecordKind::EconomicSupport,
       {{"kind", 3}, {"name", QStringLiteral("Hợp tác xã chè Tân Cương")}, {"date", daysAgo(40)}}},
      {RecordKind::ProgrammeContribution,
       {{"programme", 2}, {"contributor_name", QStringLiteral("Nguyễn Thị Hoa")}, {"committee_member", true},
        {"amount", qint64(200000)}, {"date", daysAgo(15)}}},
      {RecordKind::PlanEvent,
       {{"name", QStringLiteral("Hội chợ OCOP")}, {"start_date", daysAgo(30)}, {"end_date", daysAgo(21)},
        {"place", QStringLiteral("Quảng trường Võ Nguyên Giáp")}}},
      {RecordKind::Congress,
       {{"start_date", daysAgo(60)}, {"end_date", daysAgo(59)}, {"delegates", qint64(120)},
        {"committee_size", qint64(15)}, {"chair_name", QStringLiteral("Nguyễn Thị Thu Hà")}, {"pilot", true}}},
      {RecordKind::Award,
       {{"recipient_name", QStringLiteral("Chi hội tổ dân phố 1")}, {"form", 3},
        {"awarded_by", QStringLiteral("Hội LHPN thành phố Thái Nguyên")}, {"date", daysAgo(20)},
        {"reason", QStringLiteral("Làm tốt công tác vận động hội viên")}}},
      {RecordKind::CommitteeChange,
       {{"person_name", QStringLiteral("Đặng Thị Bích")}, {"position", QStringLiteral("Phó Chủ tịch")},
        {"change", 1}, {"date", daysAgo(10)}}},
      {RecordKind::FundReport, {{"year", qint64(lastYearEnd.year())}, {"amount", qint64(48500000)}}},
      {RecordKind::UnitRating, {{"year", qint64(lastYearEnd.year())}, {"rating", 2}}},
  };
  // Only what this device could record itself: the demo shows what a real one would hold.
  const OrgUnit* unit = store.orgTree().find(store.account().unitId);
  for (const auto& [kind, fields] : records) {
    if (!unit || !creatableAt(kind, unit->level, effectiveRole(store.account().role, unit->level))) continue;
    if (client::Status s = store.createRecord(kind, {}, fields); !s.isOk()) return s;
  }
  return client::Status::ok();
}

}  // namespace sohoi::app
