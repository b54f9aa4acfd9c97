#pragma once
// A fresh server database in a temp folder with the demo province loaded, plus helpers to enrol devices
// and make valid record versions.
#include "storage/database.h"
#include "sync/enrolment.h"
#include "sync/org_tree_cache.h"
#include "sync/pull_processor.h"
#include "sync/push_processor.h"

#include <QSet>
#include <QTemporaryDir>
#include <memory>

namespace sohoi::server::test {

class ServerFixture {
 public:
  ServerFixture();

  Database& db() { return *db_; }
  /// The database's --db spec (SQLite or PostgreSQL, see tests/support/test_database.h).
  QString dbSpec() const { return spec_; }
  QString tempPath(const QString& name) const { return dir_.filePath(name); }

  /// A device enrolled for a new person in unitId.
  Device enrolDevice(const QString& unitId, const QString& name = QStringLiteral("Chị Test"));
  /// The device as stored now (last seq, last seen, …).
  Device reload(const Device& device);

  /// The first version of a new activity record in unitId.
  static RecordVersion newActivity(const QString& unitId, const QString& title = QStringLiteral("Tuyên truyền"));
  /// An edit of base: a new version id, base = base's version, fields changed as given.
  static RecordVersion editOf(const RecordVersion& base, const QVariantMap& changes);

  PushBatchResult push(const Device& device, std::vector<PushItem> items) { return pusher.push(device, items); }
  static PushItem item(quint64 seq, const RecordVersion& version) { return PushItem{seq, version, std::nullopt}; }
  /// count new activities in unitId, pushed by a device that has pushed nothing yet in batches of 100
  /// (sequences 1 … count), all stored or the test fails: a backlog for tests of how much a read reads.
  std::vector<RecordVersion> pushActivities(const Device& device, const QString& unitId, int count);

  /// The units of the records a pulled page carries.
  static QSet<QString> unitsOf(const PullPage& page);

  int versionCount();
  int conflictCopyCount();
  std::optional<RecordHead> record(const QString& recordId);
  std::optional<StoredVersion> version(const QString& versionId);

  /// Opens spec or fails the test.
  static std::unique_ptr<Database> openOrFail(const QString& spec);

 private:
  QTemporaryDir dir_;
  QString spec_;
  std::unique_ptr<Database> db_;

 public:
  OrgTreeCache trees;
  PushProcessor pusher{*db_, trees};
  PullProcessor puller{*db_};
  Enrolment enrolment{*db_};
};

}  // namespace sohoi::server::test
