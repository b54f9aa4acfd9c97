// A commune officer's tablet: its branches' figures on each target and the branches behind, counted on the
// tablet from the records it holds, for the year or a finished quarter (AppController::branchProgress).
#include "app_controller.h"
#include "demo_branches.h"
#include "demo_data.h"
#include "home_model.h"
#include "progress_dashboard_model.h"

#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

// A commune officer's tablet holding its two branches' 2021 records (demo_branches.h).
struct CommuneTablet {
  QTemporaryDir dir;
  AppController app;
  CommuneTablet() {
    {
      client::Status status;
      auto store = client::LocalStore::open(dir.filePath(QStringLiteral("sohoi.sqlite")), &status);
      REQUIRE(store);
      REQUIRE(enrolDemoAccount(*store, QStringLiteral("127.0.0.1:50051"), QString::fromLatin1(kDemoCommuneId)).isOk());
      REQUIRE(addDemoBranches(*store, QStringLiteral(SOHOI_DEMO_PLAN)).isOk());
    }
    app.sync()->setAutoInterval(0);
    REQUIRE(app.open(dir.path(), QStringLiteral("127.0.0.1:50051")));
  }
  ProgressDashboardModel& model() { return *app.branchProgress(); }
  void read() {
    model().refresh();
    REQUIRE(QTest::qWaitFor([this] { return !model().loading(); }, 10000));
    REQUIRE(model().error().isEmpty());
  }
};

QStringList namesOf(const QVariantList& list) {
  QStringList names;
  for (const QVariant& item : list) names.append(item.toMap().value(QStringLiteral("name")).toString());
  return names;
}

QVariant valueAt(const ProgressDashboardModel& model, const QString& indicatorId, ProgressDashboardModel::Role role) {
  for (int row = 0; row < model.rowCount(); ++row)
    if (model.data(model.index(row), ProgressDashboardModel::IndicatorIdRole).toString() == indicatorId)
      return model.data(model.index(row), role);
  FAIL("no indicator " << indicatorId.toStdString());
  return {};
}

}  // namespace

TEST_CASE("a commune's tablet shows which of its branches fall short of their share of a target") {
  CommuneTablet tablet;
  tablet.read();
  CHECK(tablet.model().unitName() == QStringLiteral("Hội LHPN phường Phan Đình Phùng"));
  // 10.2: each branch's share is 50% of its one leader = 1; branch 1 trained its leader, branch 2 did not.
  tablet.model().selectIndicator(QStringLiteral("10.2"));
  CHECK(namesOf(tablet.model().childBars()) ==
        QStringList{QStringLiteral("Chi hội Tổ 1 Phan Đình Phùng"), QStringLiteral("Chi hội Tổ 2 Phan Đình Phùng")});
  CHECK(namesOf(tablet.model().unitsBehind()) == QStringList{QStringLiteral("Chi hội Tổ 2 Phan Đình Phùng")});
  CHECK(tablet.model().childBars().at(1).toMap().value(QStringLiteral("behind")).toBool());
  CHECK_FALSE(tablet.model().childBars().at(0).toMap().value(QStringLiteral("behind")).toBool());
  // 9.3: branch 2 gathers 60 of 140 women, 42.9% < 50%; branch 1 112 of 140.
  tablet.model().selectIndicator(QStringLiteral("9.3"));
  CHECK(namesOf(tablet.model().unitsBehind()) == QStringList{QStringLiteral("Chi hội Tổ 2 Phan Đình Phùng")});
  // The workspace's reading (judged units only) lists no branch: none is judged itself.
  tablet.model().setSharesBehind(false);
  CHECK(tablet.model().unitsBehind().isEmpty());
}

TEST_CASE("a finished quarter can be read afterwards on the commune's tablet") {
  CommuneTablet tablet;
  tablet.read();  // the year first: a quarter is a quarter of the plan's year, known from the first answer
  // Exemplars offered for propaganda: 10/2 and 3/3 in the first quarter, 20/8 in the third.
  tablet.model().setQuarter(1);
  tablet.read();
  CHECK(valueAt(tablet.model(), QStringLiteral("1.3"), ProgressDashboardModel::ValueTextRole).toString() == QStringLiteral("2"));
  tablet.model().setQuarter(3);
  tablet.read();
  CHECK(valueAt(tablet.model(), QStringLiteral("1.3"), ProgressDashboardModel::ValueTextRole).toString() == QStringLiteral("1"));
  tablet.model().setQuarter(2);
  tablet.read();
  CHECK(valueAt(tablet.model(), QStringLiteral("1.3"), ProgressDashboardModel::ValueTextRole).toString() == QStringLiteral("0"));
}

TEST_CASE("the home page offers the branches' progress on a commune's tablet, not on a branch's") {
  CommuneTablet tablet;
  HomeModel home;
  home.setManager(tablet.app.manager());
  CHECK(home.hasBranches());
  QTemporaryDir branchDir;
  {
    client::Status status;
    auto store = client::LocalStore::open(branchDir.filePath(QStringLiteral("sohoi.sqlite")), &status);
    REQUIRE(store);
    REQUIRE(enrolDemoAccount(*store).isOk());
  }
  AppController branch;
  branch.sync()->setAutoInterval(0);
  REQUIRE(branch.open(branchDir.path(), QStringLiteral("127.0.0.1:50051")));
  HomeModel branchHome;
  branchHome.setManager(branch.manager());
  CHECK_FALSE(branchHome.hasBranches());
}
