#pragma once
// What the server holds, as a province-wide device downloads it, and the same view of a device's store,
// so tests can compare the two record by record.
#include "raw_device.h"
#include "store/local_store.h"

#include <QHash>
#include <QString>

namespace sohoi::testing {

struct RecordState {
  QString headVersionId;
  bool deleted = false;
  QString unitId;
  bool operator==(const RecordState&) const = default;
};

struct ServerView {
  QHash<QString, RecordState> records;   // record id → state after the last change
  QHash<QString, int> versionCopies;     // version id → how many times the feed carries it
  int changes = 0;
  int conflicted = 0;  // changes that left their record in a soft or hard conflict
};

/// Downloads the whole feed through a device enrolled at the root of the tree.
ServerView serverView(RawDevice& provinceDevice);
/// The live records a device shows, with their heads.
QHash<QString, RecordState> deviceRecords(client::LocalStore& store);
/// Every version id the device made itself.
QStringList ownVersionIds(client::LocalStore& store);
/// The server's live records inside the org subtree of scope.
QHash<QString, RecordState> liveWithin(const ServerView& view, const OrgTree& tree, const QString& scope);

}  // namespace sohoi::testing
