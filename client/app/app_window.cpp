#include "app_window.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace sohoi::app {

AppWindow loadAppWindow(AppController* controller, int width, int height) {
  AppWindow result;
  result.engine = std::make_unique<QQmlApplicationEngine>();
  controller->setEngine(result.engine.get());
  result.engine->addImportPath(QStringLiteral("qrc:/"));
  result.engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(controller)},
                                       {QStringLiteral("width"), width},
                                       {QStringLiteral("height"), height}});
  result.engine->load(QUrl(QStringLiteral("qrc:/SoHoi/Main.qml")));
  if (!result.engine->rootObjects().isEmpty())
    result.window = qobject_cast<QQuickWindow*>(result.engine->rootObjects().constFirst());
  return result;
}

void settle(int ms) {
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
}

}  // namespace sohoi::app
