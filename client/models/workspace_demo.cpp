#include "workspace_demo.h"

#include "demo_data.h"
#include "ids/uuid7.h"

#include "plan/reference_data.h"

#include <QDateTime>
#include <QHash>

namespace sohoi::app {

namespace {

std::vector<OrgUnit> districtUnits() {
  std::vector<OrgUnit> units = {
      {QStringLiteral("19"), {}, QStringLiteral("Tỉnh Thái Nguyên"), UnitLevel::Province},
      {QString::fromLatin1(kDemoDistrictId), QStringLiteral("19"), QStringLiteral("Thành phố Thái Nguyên"),
       UnitLevel::District}};
  const std::pair<const char*, const char*> communes[] = {{"05449", "Phường Phan Đình Phùng"},
                                                          {"05443", "Phường Quang Trung"},
                                                          {"05452", "Phường Hoàng Văn Thụ"}};
  for (const auto& [id, name] : communes) {
    units.push_back({QString::fromLatin1(id), QString::fromLatin1(kDemoDistrictId), QString::fromUtf8(name),
                     UnitLevel::Commune});
    for (int branch = 1; branch <= 4; ++branch)
      units.push_back({QStringLiteral("%1-%2").arg(QLatin1String(id)).arg(branch), QString::fromLatin1(id),
                       QStringLiteral("Chi hội Tổ %1").arg(branch), UnitLevel::Branch});
  }
  return units;
}

const char* const kTitles[] = {"Tuyên truyền chủ quyền biển đảo", "Sinh hoạt chuyên đề phòng chống bạo lực gia đình",
                               "Ra quân vệ sinh đường làng ngõ xóm", "Đối thoại với hội viên về vay vốn",
                               "Tập huấn kỹ năng tuyên truyền miệng", "Hướng dẫn phân loại rác tại nguồn"};
const char* const kNames[] = {"Nguyễn Thị Lan", "Trần Thị Mai", "Lê Thị Hồng", "Đặng Thị Thu", "Phạm Thị Hương",
                              "Hoàng Thị Đào", "Vũ Thị Ngọc", "Bùi Thị Hạnh"};

/// The i-th demo activity's fields, held on date.
QVariantMap demoActivity(int i, const QDate& date) {
  const qint64 total = 20 + i % 40;
  return {{"kind", 1 + i % 8}, {"title", QString::fromUtf8(kTitles[i % 6])}, {"date", date},
          {"place", QStringLiteral("Nhà văn hoá tổ %1").arg(1 + i % 4)},
          {"participants_total", total}, {"participants_women", total - i % 7}};
}

/// The i-th demo record's fields, dated ageDays before mid-December 2021 (the shipped plan's year, so its
/// figures count): mostly activities, then new members and media posts.
std::pair<RecordKind, QVariantMap> demoRecord(int i, int ageDays) {
  const QDate date = kDemoNewestDate.addDays(-ageDays);
  if (i % 5 == 3)
    return {RecordKind::Member,
            {{"full_name", QString::fromUtf8(kNames[i % 8])}, {"birth_year", qint64(1970 + i % 30)}, {"joined_on", date}}};
  if (i % 9 == 4)
    return {RecordKind::MediaPost,
            {{"title", QStringLiteral("Phụ nữ chung tay xây dựng nông thôn mới (%1)").arg(i)},
             {"outlet_level", 1 + i % 3}, {"date", date}}};
  return {RecordKind::Activity, demoActivity(i, date)};
}

RecordVersion version(RecordKind kind, const QString& recordId, const QString& unitId, const QString& device,
                      HlcStamp hlc, QVariantMap fields) {
  RecordVersion v;
  v.recordId = recordId;
  v.versionId = newUuid7();
  v.unitId = unitId;
  v.authorId = device;  // one leader per tablet in the demo
  v.deviceId = device;
  v.hlc = hlc;
  v.kind = kind;
  v.fields = std::move(fields);
  return v;
}

const char* const kLeaders[] = {"Nguyễn Thị Lan", "Trần Thị Mai", "Lê Thị Hồng", "Đặng Thị Thu", "Phạm Thị Hương",
                                "Hoàng Thị Đào", "Vũ Thị Ngọc", "Bùi Thị Hạnh", "Ngô Thị Tuyết", "Đinh Thị Quỳnh",
                                "Lò Thị Xuân", "Hà Thị Sáu"};

}  // namespace

client::Status addDemoWorkspacePlan(client::LocalStore& store, const QString& planPath) {
  std::vector<plan::UnitBaseline> baselines;
  for (const OrgUnit& unit : districtUnits()) {
    if (unit.level == UnitLevel::Branch) baselines.push_back({unit.id, plan::kBaselineYear, 110, 140, 0, 1, 0, 0});
    if (unit.level == UnitLevel::Commune) baselines.push_back({unit.id, plan::kBaselineYear, 0, 0, 45'000'000, 0, 2, 9});
  }
  return storeDemoReference(store, planPath, districtUnits(), std::move(baselines));
}

client::SyncHealth demoSyncHealth(qint64 nowMs) {
  constexpr qint64 kHourMs = 3600 * 1000;
  client::SyncHealth health{nowMs, kDefaultSilentAfterDays, {}};
  const std::vector<OrgUnit> units = districtUnits();
  QHash<QString, QString> names;
  for (const OrgUnit& unit : units) names.insert(unit.id, unit.name);
  int n = 0;
  for (const OrgUnit& unit : units) {
    if (unit.level != UnitLevel::Branch) continue;
    BranchSyncHealth branch{unit.id, unit.name, names.value(unit.parentId),
                            names.value(QString::fromLatin1(kDemoDistrictId)), {}};
    if (n != 7) {  // one branch has no tablet yet
      const qint64 ago = n == 4 ? 15 * 24 * kHourMs : (n * 11 % 60) * kHourMs;  // one silent for two weeks
      branch.devices.push_back({QStringLiteral("0192f3c4-0000-7000-8000-%1").arg(n + 1, 12, 10, QLatin1Char('0')),
                                QString::fromUtf8(kLeaders[n]), n % 3 ? QStringLiteral("0.1.0") : QStringLiteral("0.0.9"),
                                nowMs - ago, static_cast<quint32>(n == 4 ? 23 : n % 4), n == 9 ? 3 * 24 * kHourMs : 0});
    }
    health.branches.push_back(std::move(branch));
    ++n;
  }
  sortWorstFirst(health.branches, nowMs);
  return health;
}

std::vector<client::ManagedDevice> demoDevices(qint64 nowMs) {
  std::vector<client::ManagedDevice> devices;
  for (const BranchSyncHealth& branch : demoSyncHealth(nowMs).branches)
    for (const DeviceSyncState& state : branch.devices) {
      client::ManagedDevice device;
      device.deviceId = state.deviceId;
      device.personName = state.personName;
      device.unitId = branch.unitId;
      device.name = QStringLiteral("Samsung Galaxy Tab A8");
      device.role = QStringLiteral("branch_leader");
      device.enrolledAtMs = nowMs - 90LL * 24 * 3600 * 1000;
      device.lastSeenAtMs = state.lastSyncAt;
      device.revokedAtMs = devices.size() == 2 ? nowMs - 3600 * 1000 : 0;  // a tablet reported lost
      devices.push_back(device);
    }
  return devices;
}

client::Status addDemoWorkspace(client::LocalStore& store, int count) {
  const std::vector<OrgUnit> units = districtUnits();
  if (client::Status status = store.replaceOrgUnits(units); !status.isOk()) return status;
  client::Account account;
  account.deviceId = QStringLiteral("0192f3c4-0000-7000-8000-0000000d15d0");
  account.credential = QStringLiteral("demo-session");
  account.personId = QStringLiteral("0192f3c4-0000-7000-8000-0000000d1572");
  account.personName = QStringLiteral("Lương Thị Thanh");
  account.unitId = QString::fromLatin1(kDemoDistrictId);
  account.serverAddress = QStringLiteral("127.0.0.1:50051");
  account.role = QStringLiteral("district_staff");
  account.username = QStringLiteral("thanh.lt");
  account.sessionExpiresAtMs = QDateTime::currentMSecsSinceEpoch() + 12 * 3600 * 1000LL;
  if (client::Status status = store.saveAccount(account); !status.isOk()) return status;

  QStringList branches;
  for (const OrgUnit& unit : units)
    if (unit.level == UnitLevel::Branch) branches.append(unit.id);
  const HlcStamp start = makeHlc(QDateTime::currentMSecsSinceEpoch() - qint64(count) * 60000, 0);
  std::vector<client::PulledChange> changes;
  auto pulled = [&changes](const RecordVersion& v) {
    changes.push_back(client::PulledChange{v, v.versionId, client::ConflictState::None, false});
  };
  auto decide = [&](const RecordVersion& reviewed, int outcome, const char* comment, HlcStamp hlc) {
    pulled(version(RecordKind::ReviewDecision, newUuid7(), reviewed.unitId, account.deviceId, hlc,
                   {{"record_id", reviewed.recordId}, {"reviewed_version_id", reviewed.versionId},
                    {"outcome", outcome}, {"comment", QString::fromUtf8(comment)}}));
  };
  for (int i = 0; i < count; ++i) {
    const QString unitId = branches[i % branches.size()];
    const QString device = QStringLiteral("0192f3c4-0000-7000-8000-%1").arg(i % branches.size() + 1, 12, 10, QLatin1Char('0'));
    const HlcStamp hlc = start + (static_cast<HlcStamp>(i) << 16) * 60000;
    const int ageDays = (count - 1 - i) % 90;  // the newest sent are the most recent
    if (i == count - 3) {
      // Two leaders of the branch edited the same activity from its first version: the server kept the
      // first to arrive as the head and the other beside it, and flagged the record.
      const QVariantMap fields = demoActivity(i, kDemoNewestDate.addDays(-ageDays));
      const QString title = fields.value(QStringLiteral("title")).toString();
      QVariantMap mine = fields;
      QVariantMap theirs = fields;
      mine.insert(QStringLiteral("title"), title + QStringLiteral(" (lần 2)"));
      theirs.insert(QStringLiteral("title"), title + QStringLiteral(" tại tổ"));
      theirs.insert(QStringLiteral("place"), QStringLiteral("Sân nhà văn hoá"));
      const QString otherDevice = QString(device).replace(QStringLiteral("-8000-"), QStringLiteral("-8001-"));
      const RecordVersion first = version(RecordKind::Activity, newUuid7(), unitId, device, hlc, fields);
      RecordVersion head = version(RecordKind::Activity, first.recordId, unitId, device, hlc + (1 << 16), mine);
      RecordVersion rival = version(RecordKind::Activity, first.recordId, unitId, otherDevice, hlc + (2 << 16), theirs);
      head.baseVersionId = rival.baseVersionId = first.versionId;
      for (const RecordVersion& v : {first, head, rival})
        changes.push_back(client::PulledChange{v, head.versionId, client::ConflictState::Hard, false});
      continue;
    }
    auto [kind, fields] = demoRecord(i, ageDays);
    const RecordVersion first = version(kind, newUuid7(), unitId, device, hlc, fields);
    pulled(first);
    if (i % 5 == 1) decide(first, 1, "", hlc + (1 << 16));
    if (i % 7 == 2) decide(first, 2, "Bổ sung số phụ nữ tham gia và địa điểm cụ thể", hlc + (1 << 16));
    if (i % 11 == 6) {  // returned, then the leader sent a corrected version
      decide(first, 2, "Ngày sinh hoạt chưa đúng, đề nghị kiểm tra lại", hlc + (1 << 16));
      RecordVersion fixed = version(kind, first.recordId, unitId, device, hlc + (2 << 16), fields);
      fixed.baseVersionId = first.versionId;
      pulled(fixed);
    }
  }
  return store.applyPulledPage(changes, {}, QByteArray("demo-workspace"));
}

}  // namespace sohoi::app
