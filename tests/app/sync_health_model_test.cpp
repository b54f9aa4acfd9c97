// The workspace's sync-health and device-list models, fed by fake server calls (the wire is tested in
// tests/integration/sync_health_test.cpp).
#include "device_list_model.h"
#include "sync_health_model.h"
#include "sync_health_sample.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;
using test::kDayMs;
using test::kSampleNowMs;

namespace {

// A fetcher answering the sample and counting its calls (each from a pool thread, one at a time).
struct FakeHealthServer {
  std::atomic<int> calls{0};
  QString askedUnit;
  int askedDays = 0;
  SyncHealthModel::Fetcher fetcher() {
    return [this](const QString& unitId, int days) {
      ++calls;
      askedUnit = unitId;
      askedDays = days;
      return client::RpcResult<client::SyncHealth>::success(test::sampleSyncHealth());
    };
  }
};

void refreshAndWait(SyncHealthModel& model) {
  QSignalSpy loading(&model, &SyncHealthModel::loadingChanged);
  model.refresh();
  REQUIRE(model.loading());
  REQUIRE(loading.wait(5000));  // a failure guard: the fake answers at once
  while (model.loading()) REQUIRE(loading.wait(5000));
}

QStringList column(const QAbstractItemModel& model, int role) {
  QStringList values;
  for (int row = 0; row < model.rowCount(); ++row) values << model.data(model.index(row, 0), role).toString();
  return values;
}

client::RpcError refusal() {
  return {false, 7, ReasonCode::OutOfScope, QStringLiteral("OUT_OF_SCOPE"), QStringLiteral("Ngoài phạm vi"),
          QStringLiteral("Out of scope")};
}

}  // namespace

TEST_CASE("the sync-health model lists the branches worst first with their figures") {
  FakeHealthServer server;
  SyncHealthModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setFetcher(server.fetcher());
  model.setUnitId(QStringLiteral("164"));
  refreshAndWait(model);
  CHECK(server.askedUnit == QStringLiteral("164"));
  CHECK(server.askedDays == kDefaultSilentAfterDays);
  CHECK(column(model, SyncHealthModel::BranchNameRole) ==
        QStringList{QStringLiteral("Chi hội 3"), QStringLiteral("Chi hội 2"), QStringLiteral("Chi hội 4"),
                    QStringLiteral("Chi hội 1")});
  CHECK(column(model, SyncHealthModel::DaysSilentRole) ==
        QStringList{QStringLiteral("-1"), QStringLiteral("10"), QStringLiteral("3"), QStringLiteral("1")});
  CHECK(column(model, SyncHealthModel::SilentRole) ==
        QStringList{QStringLiteral("true"), QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("false")});
  CHECK(column(model, SyncHealthModel::PendingRole) ==
        QStringList{QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("2")});
  CHECK(column(model, SyncHealthModel::WrongClockRole) ==
        QStringList{QStringLiteral("false"), QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("false")});
  CHECK(column(model, SyncHealthModel::DeviceCountRole) ==
        QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1")});
  CHECK(column(model, SyncHealthModel::AppVersionsRole)[2] == QStringLiteral("1.4.3, 1.4.4"));
  CHECK(model.data(model.index(3), SyncHealthModel::LastSyncAtRole).toDateTime().toMSecsSinceEpoch() ==
        kSampleNowMs - kDayMs);
  CHECK_FALSE(model.data(model.index(0), SyncHealthModel::LastSyncAtRole).toDateTime().isValid());
  CHECK(model.silentCount() == 2);
  CHECK(model.updatedAt().isValid());
  CHECK(model.error().isEmpty());
}

TEST_CASE("changing silent-after days re-judges the rows without asking the server, and is remembered") {
  QTemporaryDir dir;
  const QString settings = dir.filePath(QStringLiteral("settings.ini"));
  FakeHealthServer server;
  SyncHealthModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setSettingsFile(settings);
  CHECK(model.silentAfterDays() == kDefaultSilentAfterDays);
  model.setFetcher(server.fetcher());
  refreshAndWait(model);
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  model.setSilentAfterDays(2);
  CHECK(changed.count() == 1);
  CHECK(model.silentCount() == 3);
  CHECK(server.calls == 1);
  model.setSilentAfterDays(1000);
  CHECK(model.silentAfterDays() == kMaxSilentAfterDays);
  CHECK(model.silentCount() == 1);  // only the branch that never synced

  SyncHealthModel again;
  again.setSettingsFile(settings);
  CHECK(again.silentAfterDays() == kMaxSilentAfterDays);
}

TEST_CASE("a refused fetch shows the server's words and keeps the rows already shown") {
  FakeHealthServer server;
  SyncHealthModel model;
  model.setFetcher(server.fetcher());
  refreshAndWait(model);
  model.setFetcher([](const QString&, int) { return client::RpcResult<client::SyncHealth>::failure(refusal()); });
  refreshAndWait(model);
  CHECK_FALSE(model.error().isEmpty());
  CHECK((model.error() == QStringLiteral("Ngoài phạm vi") || model.error() == QStringLiteral("Out of scope")));
  CHECK(model.rowCount() == 4);
}

TEST_CASE("a sync-health model without a connection says so instead of loading") {
  SyncHealthModel model;
  model.refresh();
  CHECK_FALSE(model.loading());
  CHECK_FALSE(model.error().isEmpty());
}

TEST_CASE("choosing a sync-health row names its branch, one click to it") {
  FakeHealthServer server;
  SyncHealthModel model;
  model.setFetcher(server.fetcher());
  refreshAndWait(model);
  QSignalSpy chosen(&model, &SyncHealthModel::branchChosen);
  model.choose(1);
  model.choose(99);  // out of range: nothing
  REQUIRE(chosen.count() == 1);
  CHECK(chosen.at(0).at(0).toString() == QStringLiteral("05449-2"));
}

TEST_CASE("revoking a lost tablet from the device list marks it revoked once the server agrees") {
  client::ManagedDevice tablet;
  tablet.deviceId = QStringLiteral("0190c0de-0000-7000-8000-000000000001");
  tablet.personName = QStringLiteral("Nguyễn Thị Hạnh");
  tablet.unitId = QStringLiteral("05449-1");
  QString revokedId;
  DeviceListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setLister([&](const QString&) {
    return client::RpcResult<std::vector<client::ManagedDevice>>::success({tablet});
  });
  model.setRevoker([&](const QString& deviceId) {
    revokedId = deviceId;
    return client::RpcResult<qint64>::success(kSampleNowMs);
  });
  QSignalSpy counted(&model, &DeviceListModel::countChanged);
  model.refresh();
  REQUIRE(counted.wait(5000));
  REQUIRE(model.rowCount() == 1);
  CHECK_FALSE(model.data(model.index(0), DeviceListModel::RevokedRole).toBool());

  QSignalSpy revoked(&model, &DeviceListModel::revoked);
  model.revoke(tablet.deviceId);
  REQUIRE(revoked.wait(5000));
  CHECK(revokedId == tablet.deviceId);
  CHECK(model.data(model.index(0), DeviceListModel::RevokedRole).toBool());
}

TEST_CASE("a refused revocation leaves the device active and says why") {
  client::ManagedDevice tablet;
  tablet.deviceId = QStringLiteral("0190c0de-0000-7000-8000-000000000001");
  DeviceListModel model;
  model.setLister([&](const QString&) {
    return client::RpcResult<std::vector<client::ManagedDevice>>::success({tablet});
  });
  model.setRevoker([](const QString&) { return client::RpcResult<qint64>::failure(refusal()); });
  QSignalSpy counted(&model, &DeviceListModel::countChanged);
  model.refresh();
  REQUIRE(counted.wait(5000));
  QSignalSpy error(&model, &DeviceListModel::errorChanged);
  model.revoke(tablet.deviceId);
  REQUIRE(error.wait(5000));
  CHECK_FALSE(model.error().isEmpty());
  CHECK_FALSE(model.data(model.index(0), DeviceListModel::RevokedRole).toBool());
}
