#pragma once
// Owns the device's records for the UI thread (Itinerary's *Manager): the LocalStore opened here, the
// summaries lists show, and the signals every model listens to. Saves go through here so each view hears
// of them; after a sync the manager is told to reload.
//
// Threading: UI thread only (the store is used from the thread that opened it; the sync engine opens its
// own connection on its own thread).
#include "common/status.h"
#include "record_summary.h"
#include "store/local_store.h"

#include "auth/role.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <map>
#include <memory>
#include <optional>

namespace sohoi::app {

class RecordManager : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by AppController")

 public:
  explicit RecordManager(QObject* parent = nullptr);
  ~RecordManager() override;

  /// Opens (creating and migrating) the store at path; closes any store opened before.
  client::Status open(const QString& path);
  /// Closes the store (sign-out removes its file afterwards).
  void close();
  bool isOpen() const { return store_ != nullptr; }
  QString path() const;
  /// REQUIRES: isOpen().
  client::LocalStore& store() { return *store_; }
  const client::LocalStore& store() const { return *store_; }

  client::Account account() const;
  /// The name of the account's unit, from the org tree ("Chi hội Xóm Đồng" …), or its id if unknown.
  QString unitName() const;
  /// The level of the account's unit; a branch (the usual device) while the tree does not know it yet.
  UnitLevel unitLevel() const;
  /// What this device may write: the role it was enrolled in, or its unit level's for a device enrolled
  /// before roles were sent.
  Role role() const;

  // --- saving: each emits recordSaved on success ---
  client::Status create(RecordKind kind, const QVariantMap& fields, QString* recordId = nullptr,
                        const client::LocalStore::SaveContext& context = {});
  /// A new record of kind in unitId rather than the account's unit (a review decision goes in the
  /// reviewed record's unit, so it travels to the devices that hold that record).
  client::Status createIn(RecordKind kind, const QString& unitId, const QVariantMap& fields,
                          QString* recordId = nullptr);
  client::Status edit(const QString& recordId, const QVariantMap& fields,
                      const client::LocalStore::SaveContext& context = {});
  client::Status remove(const QString& recordId);

  /// The summaries of kind's live records, newest date first (cached until the next change).
  const std::vector<RecordSummary>& summaries(RecordKind kind);
  /// The summary of one record, if it is live.
  std::optional<RecordSummary> summary(const QString& recordId);
  /// The outbox figures (pending, rejected), read once per change however many views show them.
  client::OutboxCounts outboxCounts();
  /// Records returned by review whose author has not fixed them yet (the review inbox's size).
  int returnedCount();
  /// Records whose head version was made since since (ms since the epoch), all kinds.
  int countMadeSince(qint64 sinceMs) const;

  /// Re-reads the store (reopening it: other connections may have changed the account and the tree),
  /// forgets every cache and tells every view to reload (after a sync, an enrolment).
  void reload();
  /// Tells every view the language changed, so words from the schema are picked again.
  void notifyLanguageChanged();
  /// What summaries name of other records (households of visits); cached until the next change.
  const SummaryContext& context();

 signals:
  /// A record of kind was created, edited or deleted on this device.
  void recordSaved(const QString& recordId, const QString& kind);
  /// Everything may have changed (a sync ran, the store was opened or closed).
  void reloaded();
  void languageChanged();

 private:
  client::Status createRecord(RecordKind kind, const QString& unitId, const QVariantMap& fields, QString* recordId,
                              const client::LocalStore::SaveContext& context);
  void invalidate();
  /// Brings the cached summaries up to date after this device saved recordId.
  void refreshOne(const QString& recordId, RecordKind kind);

  std::unique_ptr<client::LocalStore> store_;
  std::map<RecordKind, std::vector<RecordSummary>> cache_;
  std::optional<SummaryContext> context_;
  std::optional<client::OutboxCounts> counts_;
};

}  // namespace sohoi::app
