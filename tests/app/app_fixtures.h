#pragma once
// The app's real controller against a real sohoi-server on loopback: a leader's tablet enrolled with a
// code, and a district or province officer's workspace signed in with an account. Each lives in its own
// data folder and syncs only when a test asks.
#include "app_controller.h"
#include "support/province_fixture.h"

#include <QTemporaryDir>

namespace sohoi::testing {

/// How long a test waits for a sync or a sign-in before it fails (a guard, not a timing).
constexpr int kAppWaitMs = 40000;

struct Tablet {
  QTemporaryDir dir;
  app::AppController app;
  /// Enrolled at unitId for person, with a code from sohoi-admin, and synced once.
  Tablet(ProvinceFixture& province, const QString& person, const QString& unitId = QStringLiteral("05449-1"));
  /// Syncs now; whether the run succeeded.
  bool syncNow();
};

struct Workspace {
  QTemporaryDir dir;
  app::AppController app;
  /// Signed in as username (an account made with sohoi-admin create-account) and synced once.
  Workspace(ProvinceFixture& province, const QString& username, const QString& password);
  bool syncNow();
};

/// A household the tablet records and syncs; its record id.
QString recordHousehold(Tablet& tablet, const QString& head);
/// The leader's fix of a household: its hamlet, a new version (not synced here).
void setHamlet(Tablet& tablet, const QString& recordId, const QString& hamlet);

/// Runs one sync of app; whether it succeeded.
bool syncApp(app::AppController& app);

}  // namespace sohoi::testing
