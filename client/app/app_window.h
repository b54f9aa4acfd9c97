#pragma once
// Loads the QML shell for a controller into its own engine: shared by the screenshots and the benchmark.
#include "app_controller.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <memory>

namespace sohoi::app {

struct AppWindow {
  std::unique_ptr<QQmlApplicationEngine> engine;
  QQuickWindow* window = nullptr;  // owned by engine; null if loading failed
};

/// Loads qrc:/SoHoi/Main.qml for controller (which must outlive the result) at width × height.
AppWindow loadAppWindow(AppController* controller, int width, int height);

/// Runs the event loop for ms milliseconds (animations finish, images load).
void settle(int ms);

}  // namespace sohoi::app
