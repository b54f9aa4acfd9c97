#pragma once
// Records, their immutable versions and the commit-ordered change feed over those versions.
// Versions are only ever inserted; a record row only points at its current head.
#include "feed_range.h"

#include "domain/record_version.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace sohoi::server {

class Transaction;

/// Mirrors sohoi.v1.ConflictState value for value.
enum class ConflictState { None = 0, Soft = 1, Hard = 2 };

struct RecordHead {
  QString id;
  RecordKind kind = RecordKind::Activity;
  QString unitId;
  QString headVersionId;
  ConflictState conflict = ConflictState::None;
  bool deleted = false;
};

/// A version's fields as stored (JSON) and the content hash over them: built once per version, since the
/// hash is taken over the same JSON the row keeps (ingest builds thousands a second).
struct StoredContent {
  QByteArray fieldsJson;
  QString hash;  // hex of sohoi::contentHash
  static StoredContent of(const RecordVersion& version);
};

/// A version waiting to be stored at its feed position (see RecordRepository::insertVersion).
struct NewVersion {
  RecordVersion version;
  StoredContent content;
  quint64 position = 0;
  qint64 receivedAt = 0;
  QString priorUnitId;
};

struct StoredVersion {
  RecordVersion version;
  QString contentHash;   // hex of sohoi::contentHash
  quint64 position = 0;  // in the change feed
};

/// One change of the feed: a version and its record's state now.
struct FeedEntry {
  RecordVersion version;
  quint64 position = 0;
  QString headVersionId;
  ConflictState conflict = ConflictState::None;
  /// The version took its record out of the scope read: the reader is told only that it is gone.
  bool leftScope = false;
  /// The reader's own version, still current (RecordRepository::feed's omitCurrentOf): read to move its
  /// cursor past, not sent. Only version.versionId and position are set.
  bool heldByReader = false;
};

/// What a push's ids are already (RecordRepository::storedIds).
struct StoredIds {
  QSet<QString> versionIds;             // the versions stored
  QHash<QString, QString> recordUnits;  // record id → the unit it belongs to now, for records stored
  quint64 deviceLastSeq = 0;            // the pushing device's last stored sequence, when asked for
};

/// What a pull's cursor is checked against and moved to (RecordRepository::feedEnds).
struct FeedEnds {
  std::optional<QString> versionAtCursor;  // the version stored at the cursor's position, if any
  quint64 lastPosition = 0;                // the feed's last position; 0 while it is empty
  QString lastVersionId;                   // the version at lastPosition
};

/// A pull's whole read in one statement (RecordRepository::pullSnapshot): the meta table's rows, the feed's
/// ends and a page of the feed, all of one moment.
struct PullSnapshot {
  QHash<QString, QString> meta;
  FeedEnds ends;
  std::vector<FeedEntry> feed;
};

/// A differing copy of an already stored version id (version_conflicts).
struct ConflictCopy {
  RecordVersion version;
  QString contentHash;
  qint64 receivedAt = 0;
};

class RecordRepository {
 public:
  explicit RecordRepository(Transaction& tx) : tx_(tx) {}

  std::optional<StoredVersion> findVersion(const QString& versionId);
  std::optional<RecordHead> findRecord(const QString& recordId);
  /// Which of versionIds are stored, and which of recordIds have a record row with the unit each belongs to
  /// now, and with deviceId that device's last stored sequence (PushLogRepository::lastSeq): one query for
  /// a push's lists of up to 500 ids each (on PostgreSQL a round trip each, in the one writer, saved for
  /// every push against asking apart), one per 500 ids of each beyond.
  StoredIds storedIds(const QStringList& versionIds, const QStringList& recordIds,
                      const QString& deviceId = {});
  /// Stores a version at a feed position; priorUnitId: the record's unit before it, when it moves the
  /// record (else empty). REQUIRES: a write transaction; position taken from a FeedCounter in this
  /// transaction, so positions are in commit order; content is StoredContent::of(version).
  void insertVersion(const RecordVersion& version, const StoredContent& content, quint64 position,
                     qint64 receivedAt, const QString& priorUnitId = {});
  /// The same for many versions, in few statements (multi_row_insert.h).
  void insertVersions(const std::vector<NewVersion>& versions);
  /// Inserts or updates the record's row.
  void saveHead(const RecordHead& head);
  /// The same for many records, in few statements. REQUIRES: no record id twice.
  void saveHeads(const std::vector<RecordHead>& heads);
  /// Keeps a differing copy of an already stored version id; false when this exact copy is kept already.
  bool insertConflictCopy(const RecordVersion& version, const StoredContent& content, qint64 receivedAt);
  /// The version stored at a cursor's feed position, if any, and the feed's last position and its version id
  /// ({0, ""} for an empty feed): what a pull checks its cursor against and moves it to, in one statement.
  FeedEnds feedEnds(quint64 cursorPosition);
  /// Up to limit changes after `afterPosition` in the scope's units, in feed order, and those that moved a
  /// record out of them (leftScope). scopeUnits: the scope's unit, then every unit under it
  /// (OrgTree::subtree). omitCurrentOf: a device id, whose own versions in the scope that are still their
  /// record's head with no conflict (the device holds them as they are) come as heldByReader entries with
  /// their id and position alone, their content not even decoded; empty: none.
  std::vector<FeedEntry> feed(quint64 afterPosition, const QStringList& scopeUnits, int limit,
                              const QString& omitCurrentOf = {});
  /// feedEnds(cursorPosition), feed(cursorPosition, …) and the meta table's rows in one statement, so one
  /// snapshot without a transaction (on PostgreSQL BEGIN and COMMIT are round trips of their own, and so is
  /// each read). nullopt for a scope of more units than one statement names (a district's, a province's).
  /// notRead: positions whose versions in the scope's units are left out unread (the reader's own, still
  /// current: PushBatchResult::ownHeads); those that took a record out of the scope still come.
  std::optional<PullSnapshot> pullSnapshot(quint64 cursorPosition, const QStringList& scopeUnits, int limit,
                                           const QString& omitCurrentOf = {}, FeedRange notRead = {});
  /// Every kept copy of a reused version id, oldest first.
  std::vector<ConflictCopy> conflictCopies();
  /// Records flagged with a conflict (soft or hard), by id.
  std::vector<RecordHead> recordsInConflict();
  int versionCount();
  int conflictCopyCount();

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
