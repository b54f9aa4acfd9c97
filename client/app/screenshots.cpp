#include "screenshots.h"

#include "app_window.h"
#include "demo_data.h"
#include "review_state.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <cstdio>

namespace sohoi::app {

namespace {

struct Size {
  const char* name;
  int width;
  int height;
};

bool fillDemoStore(const QString& dir, const QString& planPath) {
  client::Status status;
  auto store = client::LocalStore::open(QDir(dir).filePath(QStringLiteral("sohoi.sqlite")), &status,
                                        client::LocalStore::Durability::Normal);
  if (!store) return false;
  return enrolDemoAccount(*store).isOk() && (planPath.isEmpty() || addDemoPlan(*store, planPath).isOk()) &&
         addDemoRecords(*store).isOk();
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

}  // namespace

int renderScreenshots(const QString& dir, const QString& planPath) {
  QDir().mkpath(dir);
  const Size sizes[] = {{"tablet", 1280, 800}, {"phone", 360, 640}};
  bool ok = true;
  for (const QString& language : {QStringLiteral("vi"), QStringLiteral("en")}) {
    QTemporaryDir data;
    if (!fillDemoStore(data.path(), planPath)) return 1;
    AppController controller;
    controller.sync()->setAutoInterval(0);  // pictures, not network traffic
    if (!controller.open(data.path(), QStringLiteral("127.0.0.1:50051"))) return 1;
    controller.setLanguage(language);
    const QString household = controller.manager()->summaries(RecordKind::Household).front().recordId;
    QString returned;  // the demo's activity returned by review
    const QHash<QString, ReviewState> reviews = latestReviews(controller.manager()->store());
    for (auto it = reviews.cbegin(); it != reviews.cend(); ++it)
      if (it->outcome == ReviewOutcome::Returned) returned = it.key();
    const QStringList pages = {QStringLiteral("home"),
                               QStringLiteral("list:activity"),
                               QStringLiteral("list:household"),
                               QStringLiteral("editor:activity"),
                               QStringLiteral("invalid:activity"),
                               QStringLiteral("editor:household_visit"),
                               QStringLiteral("editor:training"),
                               QStringLiteral("detail:") + household,
                               QStringLiteral("inbox"),
                               QStringLiteral("edit:activity:") + returned,
                               QStringLiteral("sync"),
                               QStringLiteral("settings")};
    for (const Size& size : sizes) {
      AppWindow app = loadAppWindow(&controller, size.width, size.height);
      if (!app.window) return 1;
      for (const QString& page : pages) {
        QMetaObject::invokeMethod(app.window, "showPage", Q_ARG(QVariant, page));
        const QString name = page.startsWith(QLatin1String("detail:"))  ? QStringLiteral("detail-household")
                             : page.startsWith(QLatin1String("edit:")) ? QStringLiteral("editor-returned-activity")
                                                                       : QString(page).replace(QLatin1Char(':'), QLatin1Char('-'));
        ok &= shoot(app.window, QDir(dir).filePath(QStringLiteral("%1-%2-%3.png").arg(language, QLatin1String(size.name), name)));
      }
    }
    // The first-run page, from a store that is not enrolled.
    QTemporaryDir fresh;
    AppController newcomer;
    newcomer.open(fresh.path(), QStringLiteral("10.0.0.5:50051"));
    newcomer.setLanguage(language);
    for (const Size& size : sizes) {
      AppWindow app = loadAppWindow(&newcomer, size.width, size.height);
      if (!app.window) return 1;
      ok &= shoot(app.window, QDir(dir).filePath(QStringLiteral("%1-%2-enrolment.png").arg(language, QLatin1String(size.name))));
    }
  }
  return ok ? 0 : 1;
}

}  // namespace sohoi::app
