// The workspace's progress dashboard: groups and indicators, the chart and "units behind" for the selected
// indicator, drill-down, quarters, and the last answer kept for offline reading.
#include "dashboard_fixture.h"

#include "language.h"
#include "progress_dashboard_model.h"
#include "qr_code_item.h"

#include "net/enrolment_ticket.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;
using sohoi::app::test::FakeProgressServer;

namespace {

// Refreshes and waits for the reading to be applied.
void readNow(ProgressDashboardModel& model) {
  model.refresh();
  REQUIRE(QTest::qWaitFor([&model] { return !model.loading(); }, 5000));
}

void waitForReading(ProgressDashboardModel& model) {
  REQUIRE(QTest::qWaitFor([&model] { return !model.loading(); }, 5000));
}

QStringList namesOf(const QVariantList& list) {
  QStringList names;
  for (const QVariant& item : list) names.append(item.toMap().value(QStringLiteral("name")).toString());
  return names;
}

QVariant role(const ProgressDashboardModel& model, int row, ProgressDashboardModel::Role which) {
  return model.data(model.index(row), which);
}

}  // namespace

TEST_CASE("the dashboard lists every indicator under its target group with value, target and status") {
  FakeProgressServer server;
  ProgressDashboardModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setFetcher(server.fetcher());
  readNow(model);
  REQUIRE(model.rowCount() == 3);
  CHECK(model.groupCount() == 2);
  CHECK(model.unitName() == QStringLiteral("Tỉnh Thái Nguyên"));
  CHECK(role(model, 0, ProgressDashboardModel::GroupRole).toInt() == 1);
  CHECK(role(model, 2, ProgressDashboardModel::GroupRole).toInt() == 2);
  CHECK(role(model, 2, ProgressDashboardModel::ValueTextRole).toString() == QStringLiteral("9"));
  CHECK(role(model, 2, ProgressDashboardModel::TargetTextRole).toString() == QStringLiteral("6"));
  CHECK(role(model, 2, ProgressDashboardModel::StatusRole).toString() == QStringLiteral("met"));
  CHECK(role(model, 0, ProgressDashboardModel::StatusRole).toString() == QStringLiteral("not_met"));
  CHECK(role(model, 1, ProgressDashboardModel::QuarterlyRole).toBool());
  CHECK_FALSE(model.offline());
  CHECK(model.error().isEmpty());
  CHECK_FALSE(model.updatedAtText().isEmpty());
}

TEST_CASE("the chart shows the selected indicator at each child unit and lists those behind, worst first") {
  FakeProgressServer server;
  ProgressDashboardModel model;
  model.setFetcher(server.fetcher());
  readNow(model);
  CHECK(model.selectedIndicator() == QStringLiteral("1.2"));  // the first, until one is chosen
  CHECK(namesOf(model.childBars()) ==
        QStringList{QStringLiteral("TP Thái Nguyên"), QStringLiteral("TP Sông Công"), QStringLiteral("Huyện Định Hóa")});
  CHECK(model.chartTarget() == 2);
  CHECK(model.chartMax() == 3);
  CHECK(namesOf(model.unitsBehind()) == QStringList{QStringLiteral("Huyện Định Hóa"), QStringLiteral("TP Thái Nguyên")});
  QSignalSpy selection(&model, &ProgressDashboardModel::selectionChanged);
  model.selectIndicator(QStringLiteral("2.3"));
  CHECK(selection.count() == 1);
  CHECK(role(model, 2, ProgressDashboardModel::SelectedRole).toBool());
  CHECK(namesOf(model.unitsBehind()) == QStringList{QStringLiteral("Huyện Định Hóa"), QStringLiteral("TP Thái Nguyên")});
  CHECK(model.childBars().at(1).toMap().value(QStringLiteral("value")).toDouble() == 7);
}

TEST_CASE("drilling into a district shows its communes and the breadcrumb leads back") {
  FakeProgressServer server;
  ProgressDashboardModel model;
  model.setFetcher(server.fetcher());
  readNow(model);
  model.drillInto(QStringLiteral("164"));
  waitForReading(model);
  CHECK(model.unitName() == QStringLiteral("TP Thái Nguyên"));
  CHECK(model.childBars().size() == 2);
  CHECK(namesOf(model.breadcrumb()) == QStringList{QStringLiteral("Tỉnh Thái Nguyên"), QStringLiteral("TP Thái Nguyên")});
  CHECK(model.canGoBack());
  model.drillInto(QStringLiteral("nowhere"));  // not a child: nothing happens
  CHECK_FALSE(model.loading());
  model.back();
  waitForReading(model);
  CHECK(model.unitName() == QStringLiteral("Tỉnh Thái Nguyên"));
  CHECK_FALSE(model.canGoBack());
  CHECK(server.calls() == QStringList{QStringLiteral("@"), QStringLiteral("164@"), QStringLiteral("@")});
}

TEST_CASE("a quarter reads the figures as of the quarter's last day") {
  FakeProgressServer server;
  ProgressDashboardModel model;
  model.setFetcher(server.fetcher());
  readNow(model);
  model.setQuarter(2);
  waitForReading(model);
  CHECK(server.calls().last() == QStringLiteral("@2021-06-30"));
  model.setQuarter(0);
  waitForReading(model);
  CHECK(server.calls().last() == QStringLiteral("@"));
}

TEST_CASE("without a network the dashboard shows the last answer kept, with when it came") {
  QTemporaryDir dir;
  const QString store = dir.filePath(QStringLiteral("device.db"));
  FakeProgressServer server;
  QDateTime firstUpdate;
  {
    ProgressDashboardModel online;
    online.setFetcher(server.fetcher());
    online.setStorePath(store);
    readNow(online);
    firstUpdate = online.updatedAt();
  }
  server.failWith(FakeProgressServer::unreachable());
  ProgressDashboardModel model;  // a later start of the app, offline
  model.setFetcher(server.fetcher());
  model.setStorePath(store);
  readNow(model);
  CHECK(model.offline());
  CHECK(model.rowCount() == 3);
  CHECK(model.updatedAt() == firstUpdate);
  CHECK(model.error() == localized(QStringLiteral("Không có kết nối mạng"), QStringLiteral("No network connection")));
  model.drillInto(QStringLiteral("164"));  // never read: nothing kept to show
  waitForReading(model);
  CHECK(model.rowCount() == 0);
  CHECK_FALSE(model.offline());
}

TEST_CASE("a refused reading shows no kept figures") {
  QTemporaryDir dir;
  FakeProgressServer server;
  ProgressDashboardModel model;
  model.setFetcher(server.fetcher());
  model.setStorePath(dir.filePath(QStringLiteral("device.db")));
  readNow(model);
  server.failWith(FakeProgressServer::refused());
  readNow(model);
  CHECK(model.rowCount() == 0);
  CHECK_FALSE(model.offline());
  CHECK(model.error() == localized(QStringLiteral("Ngoài phạm vi"), QStringLiteral("Out of scope")));
}

TEST_CASE("a QR code of an enrolment ticket scans back to the same text") {
  const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
  REQUIRE_FALSE(zbarimg.isEmpty());  // zbar-tools, installed by scripts/setup.sh
  const QString ticket = formatEnrolmentTicket(
      {QStringLiteral("sohoi.hoilhpn-thainguyen.vn:50551"), QStringLiteral("K7QX-9M2P"),
       QStringLiteral("3f1c9a2b7d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff")});
  const QImage modules = qrCodeImage(ticket);
  REQUIRE_FALSE(modules.isNull());
  QTemporaryDir dir;
  const QString png = dir.filePath(QStringLiteral("ticket.png"));
  REQUIRE(modules.scaled(modules.size() * 8).save(png));
  QProcess scan;
  scan.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
  REQUIRE(scan.waitForFinished(30000));
  CHECK(QString::fromUtf8(scan.readAllStandardOutput()).trimmed() == ticket);
  CHECK(qrCodeImage(QString()).isNull());
}

TEST_CASE("approved records only reads through its own fetcher, keeps nothing, and goes back to all records") {
  FakeProgressServer server;
  FakeProgressServer approved;
  QTemporaryDir dir;
  ProgressDashboardModel model;
  model.setFetcher(server.fetcher());
  model.setStorePath(dir.filePath(QStringLiteral("kept.sqlite")));
  CHECK_FALSE(model.approvedOnlyAvailable());
  model.setApprovedOnly(true);  // nothing to read it with yet
  CHECK_FALSE(model.approvedOnly());
  model.setApprovedFetcher(approved.fetcher());
  readNow(model);
  REQUIRE(server.calls().size() == 1);
  QSignalSpy changed(&model, &ProgressDashboardModel::approvedOnlyChanged);
  model.setApprovedOnly(true);
  waitForReading(model);
  CHECK(changed.count() == 1);
  CHECK(approved.calls().size() == 1);
  CHECK(server.calls().size() == 1);
  model.setApprovedOnly(false);
  waitForReading(model);
  CHECK(server.calls().size() == 2);
}
