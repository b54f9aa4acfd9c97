#include "test_store.h"

#include "demo_data.h"

#include <QDir>
#include <stdexcept>

namespace sohoi::app::test {

DemoApp::DemoApp(bool withRecords, bool withPlan) {
  {
    client::Status status;
    auto store = client::LocalStore::open(QDir(dir.path()).filePath(QStringLiteral("sohoi.sqlite")), &status,
                                          client::LocalStore::Durability::Normal);
    if (!store || !enrolDemoAccount(*store).isOk() ||
        (withPlan && !addDemoPlan(*store, QStringLiteral(SOHOI_DEMO_PLAN)).isOk()) ||
        (withRecords && !addDemoRecords(*store).isOk()))
      throw std::runtime_error("demo store: " + status.toString().toStdString());
  }
  restart();
  app->setLanguage(QStringLiteral("vi"));
}

void DemoApp::restart() {
  app.reset();
  app = std::make_unique<AppController>();
  app->sync()->setAutoInterval(0);
  if (!app->open(dir.path(), QStringLiteral("127.0.0.1:1"))) throw std::runtime_error("could not open the store");
}

void DemoApp::moveTo(const QString& unitId) {
  client::Account account = manager()->account();
  account.unitId = unitId;
  if (!manager()->store().saveAccount(account).isOk()) throw std::runtime_error("could not move the account");
  manager()->reload();
}

}  // namespace sohoi::app::test
