#pragma once
// Pages of the change feed for one device: only its scope (its unit's subtree), in commit order, with a
// cursor that names the epoch and the version at its position, so a device whose server was restored
// (another epoch, or another history at that position) is told to reset instead of silently skipping;
// so is a device whose scope changed under its cursor (its unit merged away: Enrolment::authenticate; or
// a unit moved into or out of its subtree).
// A page also carries the device's reference data (tree, plan, baselines) when it holds another version.
// Thread-safe: each page is read in one snapshot (one statement, or a transaction of its own).
#include "pull_cursor.h"
#include "reference_data_cache.h"

#include "storage/device_repository.h"
#include "storage/record_repository.h"

#include <QByteArray>
#include <vector>

namespace sohoi::server {

class Database;

struct PullPage {
  std::vector<FeedEntry> changes;
  QByteArray nextCursor;
  bool hasMore = false;
  bool reset = false;           // the cursor was from another epoch or history: start again from here
  /// The device's reference data, when it must (re)load it: on a page from an empty or reset cursor, and
  /// whenever the version it holds differs. Null otherwise.
  std::shared_ptr<const ScopeReference> reference;
  QString epoch;
  quint64 deviceLastSeq = 0;    // the device's last mutation the server holds (a restore may have lost some)
};

class PullProcessor {
 public:
  static constexpr int kDefaultPageSize = 200;
  static constexpr int kMaxPageSize = 500;

  explicit PullProcessor(Database& database) : database_(database) {}

  /// The page after cursor (empty = from the start). pageSize 0 means the default; capped at the maximum.
  /// heldReference: the reference data version the device holds; nullopt for an app that predates
  /// reference data, which gets it (for the tree alone) only on a page from an empty or reset cursor.
  /// omitOwnCurrent: the device keeps every version it made, so a page after its cursor leaves out those
  /// still current (RecordRepository::feed's omitCurrentOf). A page from the start or a reset sends them:
  /// the device let go of records that left its scope, and they may be back. justPushed: with
  /// omitOwnCurrent, the positions of versions the device has just pushed, each its record's current
  /// version as pushed (PushBatchResult::ownHeads): such a page does not even read them.
  /// Throws StorageError.
  PullPage pull(const Device& device, const QByteArray& cursor, int pageSize = 0,
                const std::optional<QString>& heldReference = std::nullopt, bool omitOwnCurrent = false,
                FeedRange justPushed = {});

 private:
  /// One pull's question.
  struct Ask {
    const Device& device;
    std::optional<PullCursor> cursor;  // nullopt: none sent, or bytes that are no cursor
    bool hasCursor = false;            // the device sent one
    int limit = kDefaultPageSize;
    const std::optional<QString>& heldReference;
    bool omitOwnCurrent = false;
    FeedRange justPushed;
  };
  /// A branch's daily pull: its scope's data cached, its cursor good. One statement, no transaction (on
  /// PostgreSQL four round trips fewer: BEGIN, the meta rows, the feed's ends, COMMIT). nullopt otherwise.
  std::optional<PullPage> pullInOneRead(const Ask& ask);
  /// Any pull, in a read transaction: its statements see one snapshot.
  PullPage pullInTransaction(const Ask& ask);
  /// A page's opening, alike for both ways: where it starts (*start: the device's cursor when it still holds,
  /// else the feed's start; the scope as now), whether the device must reset, whether it gets the reference
  /// data.
  static PullPage beginPage(const Ask& ask, const QString& epoch,
                            const std::shared_ptr<const ScopeReference>& reference, const FeedEnds& ends,
                            PullCursor* start);
  /// Cuts the page at limit, and sets its next cursor from start (where it began) and the feed's ends.
  static void finishPage(PullPage* page, const PullCursor& start, const FeedEnds& ends, int limit);

  Database& database_;
  ReferenceDataCache references_;
};

}  // namespace sohoi::server
