#include "demo_branches.h"

#include "demo_data.h"

#include "plan/unit_baseline.h"

namespace sohoi::app {

namespace {

std::vector<OrgUnit> unitsWithSecondBranch(const OrgTree& tree) {
  std::vector<OrgUnit> units = tree.units();
  units.push_back({QString::fromLatin1(kDemoSecondBranchId), QString::fromLatin1(kDemoCommuneId),
                   QStringLiteral("Chi hội Tổ 2 Phan Đình Phùng"), UnitLevel::Branch});
  return units;
}

}  // namespace

client::Status addDemoBranches(client::LocalStore& store, const QString& planPath) {
  const QString first = QString::fromLatin1(kDemoBranchId), second = QString::fromLatin1(kDemoSecondBranchId);
  // Branch 2 gathers 60 of its 140 women (43%, under the 50% of target 9.3); each branch has one leader.
  if (client::Status s = storeDemoReference(store, planPath, unitsWithSecondBranch(store.orgTree()),
                                            {{first, plan::kBaselineYear, 112, 140, 0, 1, 0, 0, 40},
                                             {second, plan::kBaselineYear, 60, 140, 0, 1, 0, 0, 20},
                                             {QString::fromLatin1(kDemoCommuneId), plan::kBaselineYear, 0, 0,
                                              45'000'000, 0, 1, 0, 0}});
      !s.isOk())
    return s;
  RecordVersion leader;
  QStringList leaders;
  for (const auto& [branch, name] : {std::pair{first, "Nguyễn Thị Lan"}, std::pair{second, "Trần Thị Mai"}}) {
    if (client::Status s = store.createRecord(RecordKind::Person, branch,
                                              {{"full_name", QString::fromUtf8(name)}, {"role", 1}}, &leader);
        !s.isOk())
      return s;
    leaders.append(leader.recordId);
  }
  if (client::Status s = store.createRecord(RecordKind::Training, first,
                                            {{"kind", 1}, {"title", QStringLiteral("Tập huấn nghiệp vụ chi hội trưởng")},
                                             {"date", QDate(2021, 4, 8)}, {"trainee_ids", QStringList{leaders.first()}}});
      !s.isOk())
    return s;
  // Propaganda in both branches; exemplars offered in the first and third quarters only.
  for (const auto& [branch, date] : {std::pair{first, QDate(2021, 3, 8)}, std::pair{second, QDate(2021, 8, 2)}})
    if (client::Status s = store.createRecord(RecordKind::Activity, branch,
                                              {{"kind", 1}, {"title", QStringLiteral("Tuyên truyền pháp luật")}, {"date", date}});
        !s.isOk())
      return s;
  for (const QDate& date : {QDate(2021, 2, 10), QDate(2021, 3, 3), QDate(2021, 8, 20)})
    if (client::Status s = store.createRecord(RecordKind::Exemplar, first,
                                              {{"kind", 1}, {"name", QStringLiteral("Chị Hoàng Thị Lụa")}, {"date", date},
                                               {"quarter_reportable", true}});
        !s.isOk())
      return s;
  return client::Status::ok();
}

}  // namespace sohoi::app
