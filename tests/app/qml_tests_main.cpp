// The Qt Quick test runner for the pages (tests/app/qml/tst_*.qml), offscreen. Pages get a demo app
// (enrolled, with a branch's records, no server) as `demoApp`, and a fresh one (not enrolled) as `freshApp`.
// The workspace's sync-health page gets `sampleSyncHealth`, a model whose fetcher answers known figures;
// the dashboard a model reading a small province from a fake server as `dashboardModel`; the reports page
// `sampleReportExporter`, exporting the demo app's unit through a fake server into a temporary folder. A
// district officer's workspace (the demo district, one record in hard conflict) is `workspaceApp`; the
// enrolment desk page `enrolmentDesk` over a district's workspace and `enrolmentDevices`, both answered by
// a fake AdminService. `offlineApp` is a demo app on a tablet with no network (its syncs fail at once).
#include "dashboard_fixture.h"
#include "enrolment_desk_sample.h"
#include "fake_report_server.h"
#include "progress_dashboard_model.h"
#include "report_exporter.h"
#include "sync_health_model.h"
#include "sync/no_network_transport.h"
#include "sync_health_sample.h"
#include "test_store.h"
#include "workspace_demo.h"

#include <QApplication>

#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(SoHoi_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(SoHoiPlugin)

class Setup : public QObject {
  Q_OBJECT

 public slots:
  void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }

  void qmlEngineAvailable(QQmlEngine* engine) {
    engine->addImportPath(QStringLiteral("qrc:/"));
    // One set per test file, so a file's changes (a record saved, a sign-out) never leak into another.
    demo_ = std::make_unique<sohoi::app::test::DemoApp>();
    fresh_ = std::make_unique<sohoi::app::test::DemoApp>(false);
    fresh_->app->signOut();  // nothing was recorded, so it is allowed: a device before enrolment
    demo_->app->setEngine(engine);
    engine->rootContext()->setContextProperty(QStringLiteral("demoApp"), demo_->app.get());
    engine->rootContext()->setContextProperty(QStringLiteral("freshApp"), fresh_->app.get());
    offline_ = std::make_unique<sohoi::app::test::DemoApp>();
    sohoi::client::Synchronizer::Options noRetries;
    noRetries.retryBudget = 0;
    offline_->app->sync()->start(
        [](const sohoi::client::Account&) { return std::make_unique<sohoi::client::NoNetworkTransport>(); }, noRetries);
    engine->rootContext()->setContextProperty(QStringLiteral("offlineApp"), offline_->app.get());
    health_ = std::make_unique<sohoi::app::SyncHealthModel>();
    health_->setFetcher([](const QString&, int) {
      return sohoi::client::RpcResult<sohoi::client::SyncHealth>::success(sohoi::app::test::sampleSyncHealth());
    });
    engine->rootContext()->setContextProperty(QStringLiteral("sampleSyncHealth"), health_.get());
    dashboard_ = std::make_unique<sohoi::app::ProgressDashboardModel>();
    dashboard_->setFetcher(progressServer_.fetcher());
    engine->rootContext()->setContextProperty(QStringLiteral("dashboardModel"), dashboard_.get());
    reportFolder_ = std::make_unique<QTemporaryDir>();
    exporter_ = std::make_unique<sohoi::app::ReportExporter>();
    exporter_->setManager(demo_->manager());
    exporter_->setExporter(reportServer_.exporter());
    exporter_->setFolder(reportFolder_->path());
    engine->rootContext()->setContextProperty(QStringLiteral("sampleReportExporter"), exporter_.get());
    openWorkspace();
    engine->rootContext()->setContextProperty(QStringLiteral("workspaceApp"), workspace_.get());
    provideEnrolmentDesk(engine);
  }

  void cleanupTestCase() {
    demo_.reset();
    fresh_.reset();
    offline_.reset();
    health_.reset();
    dashboard_.reset();
    exporter_.reset();
    reportFolder_.reset();
    workspace_.reset();
    enrolmentDesk_.reset();
    enrolmentDevices_.reset();
    enrolmentServer_.reset();
    districtWorkspace_.reset();
  }

 private:
  void provideEnrolmentDesk(QQmlEngine* engine) {
    districtWorkspace_ = std::make_unique<sohoi::app::test::DistrictWorkspace>();
    enrolmentServer_ = std::make_unique<sohoi::app::test::FakeEnrolmentServer>();
    enrolmentDesk_ = std::make_unique<sohoi::app::EnrolmentDesk>();
    enrolmentDesk_->setManager(&districtWorkspace_->manager);
    enrolmentDesk_->setIssuer(enrolmentServer_->issuer());
    enrolmentDevices_ = std::make_unique<sohoi::app::DeviceListModel>();
    enrolmentDevices_->setLister(enrolmentServer_->lister());
    enrolmentDevices_->setRevoker(enrolmentServer_->revoker());
    engine->rootContext()->setContextProperty(QStringLiteral("enrolmentDesk"), enrolmentDesk_.get());
    engine->rootContext()->setContextProperty(QStringLiteral("enrolmentDevices"), enrolmentDevices_.get());
  }

  std::unique_ptr<sohoi::app::test::DemoApp> demo_;
  std::unique_ptr<sohoi::app::test::DemoApp> fresh_;
  std::unique_ptr<sohoi::app::test::DemoApp> offline_;
  std::unique_ptr<sohoi::app::SyncHealthModel> health_;
  sohoi::app::test::FakeProgressServer progressServer_;
  std::unique_ptr<sohoi::app::ProgressDashboardModel> dashboard_;
  sohoi::app::test::FakeReportServer reportServer_;
  std::unique_ptr<QTemporaryDir> reportFolder_;
  std::unique_ptr<sohoi::app::ReportExporter> exporter_;
  std::unique_ptr<sohoi::app::AppController> workspace_;
  std::unique_ptr<QTemporaryDir> workspaceDir_;

  void openWorkspace() {
    workspace_.reset();
    workspaceDir_ = std::make_unique<QTemporaryDir>();
    {
      sohoi::client::Status status;
      auto store = sohoi::client::LocalStore::open(QDir(workspaceDir_->path()).filePath(QStringLiteral("sohoi.sqlite")),
                                                   &status, sohoi::client::LocalStore::Durability::Normal);
      if (!store || !sohoi::app::addDemoWorkspace(*store, 24).isOk()) qFatal("demo workspace: %s", qPrintable(status.toString()));
    }
    workspace_ = std::make_unique<sohoi::app::AppController>();
    workspace_->sync()->setAutoInterval(0);
    if (!workspace_->open(workspaceDir_->path(), QStringLiteral("127.0.0.1:1"))) qFatal("could not open the workspace");
    workspace_->setLanguage(QStringLiteral("vi"));
  }
  std::unique_ptr<sohoi::app::test::DistrictWorkspace> districtWorkspace_;
  std::unique_ptr<sohoi::app::test::FakeEnrolmentServer> enrolmentServer_;
  std::unique_ptr<sohoi::app::EnrolmentDesk> enrolmentDesk_;
  std::unique_ptr<sohoi::app::DeviceListModel> enrolmentDevices_;
};

int main(int argc, char** argv) {
  QApplication application(argc, argv);  // as the app: the dashboard's Qt Charts need a QApplication
  QTEST_SET_MAIN_SOURCE_PATH
  Setup setup;
  return quick_test_main_with_setup(argc, argv, "sohoi_pages", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "qml_tests_main.moc"
