// The dashboard's first full paint at province size: the page loaded, a province answer read (from a
// fake server answering at once: the server's own figure is sohoi-report-bench's) and the first frame
// with every indicator, the chart and the units behind drawn.
#include "bench.h"

#include "app_controller.h"
#include "progress_dashboard_model.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlEngine>
#include <QQuickView>
#include <QTimer>
#include <cstdio>

namespace sohoi::app {

namespace {

constexpr int kGroups = 10;
constexpr int kIndicatorsPerGroup = 5;  // the shipped 2021 plan has about as many
constexpr int kDistricts = 9;

plan::UnitProgress unitWithFigures(const QString& id, const QString& name, UnitLevel level, int seed) {
  plan::UnitProgress unit{id, name, level, {}, {}};
  for (int g = 1; g <= kGroups; ++g)
    for (int i = 1; i <= kIndicatorsPerGroup; ++i) {
      const double value = (seed * 7 + g * 3 + i) % 11;
      unit.indicators.push_back({QStringLiteral("%1.%2").arg(g).arg(i), g, value, 6, true, plan::ValueUnit::Count,
                                 value >= 6 ? plan::Status::Met : plan::Status::NotMet, -1, -1});
    }
  return unit;
}

client::ProgressAnswer provinceAnswer() {
  client::ProgressAnswer answer;
  answer.plan = {QStringLiteral("19"), 2021, QStringLiteral("Chỉ tiêu 2021"), QStringLiteral("Targets 2021"), {}};
  for (int g = 1; g <= kGroups; ++g)
    for (int i = 1; i <= kIndicatorsPerGroup; ++i)
      answer.plan.indicators.push_back({QStringLiteral("%1.%2").arg(g).arg(i), g,
                                        QStringLiteral("Chỉ tiêu %1.%2 của nhóm chỉ tiêu").arg(g).arg(i),
                                        QStringLiteral("Target %1.%2").arg(g).arg(i), UnitLevel::District,
                                        QStringLiteral("count"), i == 1});
  answer.unit = unitWithFigures(QStringLiteral("19"), QStringLiteral("Tỉnh Thái Nguyên"), UnitLevel::Province, 0);
  for (int d = 1; d <= kDistricts; ++d)
    answer.unit.children.push_back(
        unitWithFigures(QString::number(160 + d), QStringLiteral("Huyện %1").arg(d), UnitLevel::District, d));
  answer.asOf = QDate(2021, 12, 31);
  return answer;
}

void waitFor(QObject* sender, const char* signal) {
  QEventLoop loop;
  QObject::connect(sender, signal, &loop, SLOT(quit()));
  QTimer::singleShot(10000, &loop, &QEventLoop::quit);
  loop.exec();
}

}  // namespace

int runDashboardBench(AppController* controller) {
  const client::ProgressAnswer answer = provinceAnswer();
  QElapsedTimer clock;
  clock.start();
  ProgressDashboardModel model;
  model.setFetcher([&answer](const QString&, int, const QString&) {
    return client::RpcResult<client::ProgressAnswer>::success(answer);
  });
  QQuickView view;
  view.engine()->addImportPath(QStringLiteral("qrc:/"));
  view.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(controller)},
                             {QStringLiteral("model"), QVariant::fromValue(&model)}});
  view.setResizeMode(QQuickView::SizeRootObjectToView);
  view.resize(1920, 1080);
  view.setSource(QUrl(QStringLiteral("qrc:/SoHoi/DashboardPage.qml")));
  if (view.status() != QQuickView::Ready) return 1;
  model.refresh();
  view.show();
  if (model.loading()) waitFor(&model, SIGNAL(loadingChanged()));
  waitFor(&view, SIGNAL(frameSwapped()));
  std::printf("province dashboard first full paint (1920x1080, %d indicators, %d districts): %lld ms   (target < 1000 ms)\n",
              kGroups * kIndicatorsPerGroup, kDistricts, static_cast<long long>(clock.elapsed()));
  return 0;
}

}  // namespace sohoi::app
