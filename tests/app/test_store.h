#pragma once
// An AppController over a demo store in a temporary folder (enrolled, no server), for model tests.
#include "app_controller.h"

#include <QTemporaryDir>
#include <memory>

namespace sohoi::app::test {

struct DemoApp {
  /// withRecords: also the demo branch's records (people, households, visits, activities, …).
  explicit DemoApp(bool withRecords = true);
  /// Closes everything and opens the same folder again, as after the app was killed and restarted.
  void restart();
  QTemporaryDir dir;
  std::unique_ptr<AppController> app;
  RecordManager* manager() const { return app->manager(); }
};

}  // namespace sohoi::app::test
