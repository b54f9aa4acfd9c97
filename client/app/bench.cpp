#include "bench.h"

#include "app_window.h"
#include "demo_data.h"
#include "record_editor.h"
#include "record_list_model.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace sohoi::app {

namespace {

constexpr int kRecords = 10000;

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

}  // namespace

int runBench() {
  QTemporaryDir data;
  {
    client::Status status;
    auto store = client::LocalStore::open(QDir(data.path()).filePath(QStringLiteral("sohoi.sqlite")), &status,
                                          client::LocalStore::Durability::Normal);
    if (!store || !enrolDemoAccount(*store).isOk() || !addDemoRecords(*store, kRecords).isOk()) {
      std::fprintf(stderr, "could not build the bench store: %s\n", qPrintable(status.toString()));
      return 1;
    }
  }
  std::printf("sohoi-app bench: %d local activities (plus a branch's demo records)\n", kRecords);

  // Cold start: open the store, load every page's QML, draw the home page's first frame.
  QElapsedTimer clock;
  clock.start();
  AppController controller;
  controller.sync()->setAutoInterval(0);
  controller.open(data.path(), QStringLiteral("127.0.0.1:50051"));
  AppWindow app = loadAppWindow(&controller, 1280, 800);
  if (!app.window) return 1;
  {
    QEventLoop loop;
    QObject::connect(app.window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
  }
  std::printf("cold start to home (first frame): %lld ms   (target < 1500 ms)\n",
              static_cast<long long>(clock.elapsed()));

  // A list page's first load of 10,000 records (summaries built once, then cached): from a cold cache.
  controller.manager()->reload();
  clock.restart();
  RecordListModel list;
  list.setManager(controller.manager());
  list.setKind(QStringLiteral("activity"));
  std::printf("activity list first load: %lld ms for %d records\n", static_cast<long long>(clock.elapsed()),
              list.totalCount());

  // Search over them.
  std::vector<double> searches;
  for (const QString& query : {QStringLiteral("sinh hoat 99"), QStringLiteral("nha van hoa to 3"),
                              QStringLiteral("NGUYỄN"), QStringLiteral("đề án"), QString()}) {
    QElapsedTimer t;
    t.start();
    list.setSearchText(query);
    searches.push_back(t.nsecsElapsed() / 1e6);
  }
  std::printf("search over %d records: median %.1f ms, worst %.1f ms   (target < 50 ms)\n", list.totalCount(),
              median(searches), *std::max_element(searches.begin(), searches.end()));

  // Saving a form: validation, the version, its outbox entry, the draft removed (durable commit).
  std::vector<double> saves;
  RecordEditor editor;
  editor.setManager(controller.manager());
  editor.setKind(QStringLiteral("activity"));
  for (int i = 0; i < 50; ++i) {
    editor.setChoice(QStringLiteral("kind"), 1);
    editor.setText(QStringLiteral("title"), QStringLiteral("Tuyên truyền %1").arg(i));
    QElapsedTimer t;
    t.start();
    if (!editor.save()) return 1;
    saves.push_back(t.nsecsElapsed() / 1e6);
  }
  std::printf("form save (activity, durable): median %.1f ms, worst %.1f ms   (target < 20 ms)\n", median(saves),
              *std::max_element(saves.begin(), saves.end()));
  if (int failed = runReviewQueueBench()) return failed;
  if (int failed = runPhotoMemoryBench()) return failed;
  return runDashboardBench(&controller);
}

}  // namespace sohoi::app
