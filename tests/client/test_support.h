#pragma once
// A device store in a temporary folder, enrolled in a small org tree, and valid records to save in it.
#include "store/local_store.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace sohoi::client::test {

/// Province P → district D → commune C → branches C-1, C-2; and commune E (another commune) → E-1.
std::vector<OrgUnit> smallTree();

/// A fresh store in its own temporary folder, enrolled for commune C, with the small tree loaded.
struct TempStore {
  TempStore();
  QString path() const { return dir.filePath(QStringLiteral("device.sqlite")); }
  QTemporaryDir dir;
  std::unique_ptr<LocalStore> store;
};

/// Runs fn on a plain connection to path of its own (no LocalStore): to leave a store as an older or newer
/// app would have, or to make its next write fail.
void withRawDatabase(const QString& path, const std::function<void(QSqlDatabase&)>& fn);

/// Valid fields of an activity held on 1 March 2021.
QVariantMap activityFields(const QString& title = QStringLiteral("Tuyên truyền chủ quyền biển đảo"));
/// Valid fields of a household.
QVariantMap householdFields(const QString& head = QStringLiteral("Nguyễn Thị Lan"));

}  // namespace sohoi::client::test
