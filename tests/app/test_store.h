#pragma once
// An AppController over a demo store in a temporary folder (enrolled, no server), for model tests.
#include "app_controller.h"

#include <QTemporaryDir>
#include <memory>

namespace sohoi::app::test {

struct DemoApp {
  /// withRecords: also the demo branch's records (people, households, visits, activities, …); withPlan:
  /// the shipped plan and the branch's 2020 baselines, as a first pull would bring them.
  explicit DemoApp(bool withRecords = true, bool withPlan = true);
  /// Closes everything and opens the same folder again, as after the app was killed and restarted.
  void restart();
  /// Enrols the same device at unitId instead (a commune officer's tablet holding its branches' records).
  void moveTo(const QString& unitId);
  QTemporaryDir dir;
  std::unique_ptr<AppController> app;
  RecordManager* manager() const { return app->manager(); }
};

}  // namespace sohoi::app::test
