#pragma once
// The record store as one push batch sees it. Most of a batch is brand-new records, whose lookups would
// find nothing: which of the batch's ids are already stored is learnt up front with one query per 500 ids,
// and lookups of the others are answered "absent" without a query. Feed positions come from the
// transaction's FeedCounter. What the batch stores waits in memory and is written by finish() in a
// few multi-row statements (on PostgreSQL each statement is a round trip); lookups of it are answered
// from memory meanwhile.
#include <QSet>
#include <QStringList>

#include "storage/feed_counter.h"
#include "storage/record_repository.h"

namespace sohoi::server {

class BatchStore {
 public:
  /// versionIds and recordIds: the ids the batch's items carry or refer to (more is harmless; one left out
  /// is looked up when asked for). positions: the transaction's feed counter, which its owner stores before
  /// the commit. deviceId: the pushing device, whose last stored sequence is read in the same query.
  /// REQUIRES: a write transaction and a counter that outlive this store.
  BatchStore(Transaction& tx, FeedCounter& positions, const QStringList& versionIds,
             const QStringList& recordIds, const QString& deviceId = {});

  /// The device's last stored sequence as the batch began (PushLogRepository::lastSeq); 0 without a device.
  quint64 deviceLastSeq() const { return deviceLastSeq_; }

  std::optional<StoredVersion> findVersion(const QString& versionId);
  std::optional<RecordHead> findRecord(const QString& recordId);
  /// The unit a record belongs to now; nothing for a record not stored.
  std::optional<QString> unitOf(const QString& recordId);
  /// Stores a version at the next feed position, and returns that position. priorUnitId: the record's
  /// unit before this version, when the version moves it (see RecordRepository::insertVersion).
  quint64 insertVersion(const RecordVersion& version, const StoredContent& content, qint64 receivedAt,
                        const QString& priorUnitId = {});
  void saveHead(const RecordHead& head);
  void insertConflictCopy(const RecordVersion& version, const StoredContent& content, qint64 receivedAt);
  /// Writes the versions and records waiting. REQUIRES: called once, after the last insert, before the
  /// commit.
  void finish();

 private:
  RecordRepository records_;
  FeedCounter& positions_;
  quint64 deviceLastSeq_ = 0;
  QSet<QString> newVersionIds_;  // the batch's version ids not stored when it began nor by it since
  QSet<QString> newRecordIds_;   // likewise for record rows
  QHash<QString, QString> units_;  // record id → unit, for those looked up or saved so far
  std::vector<NewVersion> versions_;        // waiting for finish(), in feed order
  QHash<QString, size_t> versionIndex_;     // version id → its place in versions_
  std::vector<RecordHead> heads_;           // waiting for finish(), one per record: the last saved
  QHash<QString, size_t> headIndex_;        // record id → its place in heads_
};

}  // namespace sohoi::server
