#include "app_fixtures.h"

#include "record_editor.h"
#include "support/raw_device.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

namespace sohoi::testing {

bool syncApp(app::AppController& app) {
  QSignalSpy synced(app.sync(), &app::SyncController::syncFinished);
  app.sync()->syncNow();
  return synced.wait(kAppWaitMs) && synced.at(0).at(0).toBool();
}

Tablet::Tablet(ProvinceFixture& province, const QString& person, const QString& unitId) {
  app.sync()->setAutoInterval(0);
  REQUIRE(app.open(dir.path(), province.server.address()));
  QSignalSpy enrolled(&app, &app::AppController::enrolFinished);
  QSignalSpy synced(app.sync(), &app::SyncController::syncFinished);
  app.enrol(province.server.address(), QString::fromStdString(issueCode(province.db, unitId, person)));
  REQUIRE(enrolled.wait(kAppWaitMs));
  INFO(app.enrolError().toStdString());
  REQUIRE(enrolled.at(0).at(0).toBool());
  REQUIRE((synced.count() > 0 || synced.wait(kAppWaitMs)));  // enrolment starts the first sync itself
}

bool Tablet::syncNow() { return syncApp(app); }

QString recordHousehold(Tablet& tablet, const QString& head) {
  app::RecordEditor editor;
  editor.setManager(tablet.app.manager());
  editor.setKind(QStringLiteral("household"));
  editor.setText(QStringLiteral("head_name"), head);
  QSignalSpy saved(&editor, &app::RecordEditor::saved);
  REQUIRE(editor.save());
  REQUIRE(tablet.syncNow());
  return saved.at(0).at(0).toString();
}

void setHamlet(Tablet& tablet, const QString& recordId, const QString& hamlet) {
  app::RecordEditor fix;
  fix.setManager(tablet.app.manager());
  fix.setKind(QStringLiteral("household"));
  fix.setRecordId(recordId);
  fix.setText(QStringLiteral("hamlet"), hamlet);
  REQUIRE(fix.save());
}

Workspace::Workspace(ProvinceFixture& province, const QString& username, const QString& password) {
  app.sync()->setAutoInterval(0);
  REQUIRE(app.open(dir.path(), province.server.address()));
  QSignalSpy signedIn(&app, &app::AppController::signInFinished);
  QSignalSpy synced(app.sync(), &app::SyncController::syncFinished);
  app.signIn(province.server.address(), username, password);
  REQUIRE(signedIn.wait(kAppWaitMs));
  INFO(app.signInError().toStdString());
  REQUIRE(signedIn.at(0).at(0).toBool());
  REQUIRE((synced.count() > 0 || synced.wait(kAppWaitMs)));  // signing in starts the first sync itself
  REQUIRE(synced.last().at(0).toBool());
}

bool Workspace::syncNow() { return syncApp(app); }

}  // namespace sohoi::testing
