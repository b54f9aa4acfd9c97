#include "screenshots.h"

#include "app_window.h"
#include "demo_branches.h"
#include "photo_demo.h"
#include "demo_data.h"
#include "review_state.h"
#include "local_progress.h"
#include "sync/no_network_transport.h"
#include "workspace_demo.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QTimer>
#include <QTemporaryDir>
#include <cstdio>

namespace sohoi::app {

namespace {

struct Size {
  const char* name;
  int width;
  int height;
};

const std::vector<Size> kSizes = {{"tablet", 1280, 800}, {"phone", 360, 640}};
// The workspace's district and province offices: the two usual desktop screens.
const std::vector<Size> kDesktopSizes = {{"desktop", 1366, 768}, {"wide", 1920, 1080}};

// A branch's store holds its records of every kind; a commune's, its own fund report and rating (the
// branches' records would come with a pull).
bool fillDemoStore(const QString& dir, const QString& planPath, const QString& unitId) {
  client::Status status;
  auto store = client::LocalStore::open(QDir(dir).filePath(QStringLiteral("sohoi.sqlite")), &status,
                                        client::LocalStore::Durability::Normal);
  if (!store) return false;
  const bool branch = unitId == QLatin1String(kDemoBranchId);
  return enrolDemoAccount(*store, QStringLiteral("127.0.0.1:50051"), unitId).isOk() &&
         (planPath.isEmpty() || addDemoPlan(*store, planPath).isOk()) && (!branch || addDemoRecords(*store).isOk()) &&
         addDemoOtherRecords(*store).isOk();
}

bool shoot(QQuickWindow* window, const QString& path) {
  settle(700);  // StackView transitions and ripples finish
  const QImage image = window->grabWindow();
  if (image.isNull() || !image.save(path)) {
    std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    return false;
  }
  std::printf("%s\n", qPrintable(path));
  return true;
}

// Runs one sync with no network, so the pages show what a leader sees most of the day.
bool syncWithoutSignal(AppController* controller) {
  client::Synchronizer::Options noRetries;
  noRetries.retryBudget = 0;
  controller->sync()->start([](const client::Account&) { return std::make_unique<client::NoNetworkTransport>(); }, noRetries);
  QEventLoop loop;
  QObject::connect(controller->sync(), &SyncController::syncFinished, &loop, &QEventLoop::quit);
  QTimer::singleShot(10000, &loop, &QEventLoop::quit);
  controller->sync()->syncNow();
  loop.exec();
  return controller->sync()->offline();
}

}  // namespace

namespace {

// Shows each page in turn at both sizes and saves it as <language>-<size>-<prefix><page>.png.
bool shootPages(AppController* controller, const QString& dir, const QString& language, const QString& prefix,
                const QStringList& pages, const std::vector<Size>& sizes = kSizes) {
  bool ok = true;
  for (const Size& size : sizes) {
    AppWindow app = loadAppWindow(controller, size.width, size.height);
    if (!app.window) return false;
    // A new window's first pages compute their figures at once; the first picture's transition must not
    // run while they do, or it is caught half-way (two pages over each other) on a busy machine.
    settle(1500);
    for (const QString& page : pages) {
      QMetaObject::invokeMethod(app.window, "showPage", Q_ARG(QVariant, page));
      // "detail:<id>:<name>" names the picture after the record's kind rather than its id.
      const QString name = page.startsWith(QLatin1String("detail:"))  ? QStringLiteral("detail-") + page.section(QLatin1Char(':'), 2)
                           : page.startsWith(QLatin1String("edit:")) ? QStringLiteral("editor-returned-activity")
                           : page.startsWith(QLatin1String("start:")) ? QStringLiteral("editor-start-of-year")
                                                                     : QString(page).replace(QLatin1Char(':'), QLatin1Char('-'));
      ok &= shoot(app.window, QDir(dir).filePath(
                                  QStringLiteral("%1-%2-%3%4.png").arg(language, QLatin1String(size.name), prefix, name)));
    }
  }
  return ok;
}

}  // namespace

int renderScreenshots(const QString& dir, const QString& planPath) {
  QDir().mkpath(dir);
  bool ok = true;
  for (const QString& language : {QStringLiteral("vi"), QStringLiteral("en")}) {
    QTemporaryDir data;
    if (!fillDemoStore(data.path(), planPath, QString::fromLatin1(kDemoBranchId))) return 1;
    AppController controller;
    controller.sync()->setAutoInterval(0);  // pictures, not network traffic
    if (!controller.open(data.path(), QStringLiteral("127.0.0.1:50051"))) return 1;
    controller.setLanguage(language);
    const QString household = controller.manager()->summaries(RecordKind::Household).front().recordId;
    const QString visit = controller.manager()->summaries(RecordKind::HouseholdVisit).front().recordId;
    QString registered;  // the demo's household registered with its status at the start of the year
    for (const RecordSummary& each : controller.manager()->summaries(RecordKind::Household))
      if (each.title == QStringLiteral("Vũ Văn Hùng")) registered = each.recordId;
    QString returned;  // the demo's activity returned by review
    const QHash<QString, ReviewState> reviews = latestReviews(controller.manager()->store());
    for (auto it = reviews.cbegin(); it != reviews.cend(); ++it)
      if (it->outcome == ReviewOutcome::Returned) returned = it.key();
    ok &= shootPages(&controller, dir, language, QString(),
                     {QStringLiteral("home"), QStringLiteral("list:activity"), QStringLiteral("list:household"),
                      QStringLiteral("editor:activity"), QStringLiteral("invalid:activity"),
                      QStringLiteral("editor:household_visit"), QStringLiteral("editor:training"),
                      QStringLiteral("detail:%1:household").arg(household), QStringLiteral("start:") + household,
                      QStringLiteral("detail:%1:household-start-of-year").arg(registered),
                      QStringLiteral("detail:%1:visit").arg(visit), QStringLiteral("inbox"),
                      QStringLiteral("edit:activity:") + returned, QStringLiteral("list:exemplar"),
                      QStringLiteral("editor:exemplar"), QStringLiteral("list:media_post"),
                      QStringLiteral("editor:economic_support"), QStringLiteral("list:programme_contribution"),
                      QStringLiteral("editor:programme_contribution"), QStringLiteral("editor:plan_event"),
                      QStringLiteral("sync"), QStringLiteral("settings")});
    // The largest text size of the Settings page, on the pages a leader reads most.
    controller.setTextScale(1.3);
    ok &= shootPages(&controller, dir, language, QStringLiteral("large-text-"),
                     {QStringLiteral("home"), QStringLiteral("editor:household_visit")});
    controller.setTextScale(1.0);
    ok &= shootPhotoPages(&controller, dir, language);
    ok &= syncWithoutSignal(&controller) &&
          shootPages(&controller, dir, language, QStringLiteral("offline-"), {QStringLiteral("home"), QStringLiteral("sync")});
    // A commune officer's tablet: the unit's own fund and rating, and the branches' kinds it only lists.
    QTemporaryDir communeData;
    if (!fillDemoStore(communeData.path(), planPath, QString::fromLatin1(kDemoCommuneId))) return 1;
    if (!planPath.isEmpty()) {  // its branches' records, as a pull brings them, for the branches' progress
      client::Status status;
      auto store = client::LocalStore::open(QDir(communeData.path()).filePath(QStringLiteral("sohoi.sqlite")), &status,
                                            client::LocalStore::Durability::Normal);
      if (!store || !addDemoBranches(*store, planPath).isOk()) return 1;
    }
    AppController commune;
    commune.sync()->setAutoInterval(0);
    if (!commune.open(communeData.path(), QStringLiteral("127.0.0.1:50051"))) return 1;
    commune.setLanguage(language);
    ok &= shootPages(&commune, dir, language, QStringLiteral("commune-"),
                     {QStringLiteral("home"), QStringLiteral("list:household"), QStringLiteral("editor:household"),
                      QStringLiteral("list:fund_report"),
                      QStringLiteral("editor:fund_report"), QStringLiteral("list:unit_rating"),
                      QStringLiteral("editor:unit_rating"), QStringLiteral("list:congress"),
                      QStringLiteral("editor:congress"), QStringLiteral("editor:award"),
                      QStringLiteral("branches:10.2")});
    // A district officer's workspace, signed in with an account, at the office's two screen sizes.
    QTemporaryDir workspaceData;
    {
      client::Status status;
      auto store = client::LocalStore::open(QDir(workspaceData.path()).filePath(QStringLiteral("sohoi.sqlite")), &status,
                                            client::LocalStore::Durability::Normal);
      if (!store || !addDemoWorkspace(*store, 120).isOk() ||
          (!planPath.isEmpty() && !addDemoWorkspacePlan(*store, planPath).isOk()))
        return 1;
    }
    AppController district;
    district.sync()->setAutoInterval(0);
    if (!district.open(workspaceData.path(), QStringLiteral("127.0.0.1:50051"))) return 1;
    district.setLanguage(language);
    // No server: the figures come from the demo store and a demo sync-health answer.
    const QString districtStore = QDir(workspaceData.path()).filePath(QStringLiteral("sohoi.sqlite"));
    district.services()->dashboard()->setFetcher([districtStore](const QString& unitId, int depth, const QString& asOf) {
      return progressFromStore(districtStore, unitId, depth, asOf);
    });
    district.services()->syncHealth()->setFetcher([](const QString&, int) {
      return client::RpcResult<client::SyncHealth>::success(demoSyncHealth(QDateTime::currentMSecsSinceEpoch()));
    });
    district.services()->devices()->setLister([](const QString&) {
      return client::RpcResult<std::vector<client::ManagedDevice>>::success(
          demoDevices(QDateTime::currentMSecsSinceEpoch()));
    });
    district.services()->enrolmentDesk()->setIssuer([](const QString& unitId, const QString&) {
      client::EnrolmentCode code{QStringLiteral("K7QM4XRT"), QStringLiteral("0192f3c4-0000-7000-8000-00000000e001"),
                                 unitId, QDateTime::currentMSecsSinceEpoch() + 7LL * 24 * 3600 * 1000};
      return client::RpcResult<client::EnrolmentCode>::success(code);
    });
    ok &= shootPages(&district, dir, language, QStringLiteral("workspace-"),
                     {QStringLiteral("review"), QStringLiteral("dashboard"), QStringLiteral("health"),
                      QStringLiteral("devices"), QStringLiteral("reports"), QStringLiteral("sync"),
                      QStringLiteral("settings")},
                     kDesktopSizes);
    // The desk with a code just issued for a new leader: the code, its QR code and what to do with it.
    district.services()->enrolmentDesk()->issueCode(QStringLiteral("05449-2"), QStringLiteral("Nguyễn Thị Lan"));
    ok &= shootPages(&district, dir, language, QStringLiteral("workspace-code-"), {QStringLiteral("devices")},
                     kDesktopSizes);
    // The first-run page, from a store that is not enrolled.
    QTemporaryDir fresh;
    AppController newcomer;
    newcomer.open(fresh.path(), QStringLiteral("10.0.0.5:50051"));
    newcomer.setLanguage(language);
    for (const Size& size : {kSizes[0], kSizes[1], kDesktopSizes[0]}) {
      AppWindow app = loadAppWindow(&newcomer, size.width, size.height);
      if (!app.window) return 1;
      ok &= shoot(app.window, QDir(dir).filePath(QStringLiteral("%1-%2-enrolment.png").arg(language, QLatin1String(size.name))));
    }
  }
  return ok ? 0 : 1;
}

}  // namespace sohoi::app
