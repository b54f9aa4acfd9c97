#pragma once
// Takes a device's batch of mutations and stores them under the sync invariants of DESIGN §5, in one
// transaction: per-device sequence (replays answered as before, gaps refused, rejected items still
// advance it), validation and scope per item, the same version id with other content kept as a
// conflict, and the edit-conflict rule (fast-forward / merge / keep both). Thread-safe: every call
// runs on the calling thread's connection, in its own write transaction (push) or in the caller's
// (pushIn, for group commit: see PushWriter).
#include "head_change.h"
#include "org_tree_cache.h"
#include "storage/device_repository.h"
#include "storage/feed_range.h"
#include "storage/push_log_repository.h"

#include "domain/record_version.h"
#include "domain/rejection.h"

#include <optional>
#include <vector>

namespace sohoi::server {

class Database;
class FeedCounter;
class Transaction;

/// One mutation as the device sent it.
struct PushItem {
  quint64 seq = 0;
  RecordVersion version;
  std::optional<Rejection> malformed;  // set when the wire form could not be decoded: rejected as is
};

struct PushItemResult {
  quint64 seq = 0;
  PushOutcome outcome = PushOutcome::Accepted;
  Rejection rejection;  // code None when accepted or merged
};

struct PushBatchResult {
  std::vector<PushItemResult> results;  // one per mutation at or below lastSeq, in the batch's order
  quint64 lastSeq = 0;                  // the device's last stored sequence after this batch
  bool sequenceGap = false;             // a mutation did not follow lastSeq: it and the rest were not stored
  QString epoch;
  /// The feed positions of the versions this batch stored, when each became its record's current version
  /// as pushed (no merge, no conflict); else empty. The device holds them as they are, so the pull answered
  /// with the push need not read them (PullProcessor::pull's justPushed).
  FeedRange ownHeads;
};

class PushProcessor {
 public:
  PushProcessor(Database& database, OrgTreeCache& trees) : database_(database), trees_(trees) {}

  /// Stores items for device. deviceTimeMs (the device's clock when it sent the batch) is used to record
  /// its clock offset. Throws StorageError; then nothing was stored.
  PushBatchResult push(const Device& device, const std::vector<PushItem>& items,
                       std::optional<qint64> deviceTimeMs = std::nullopt);
  /// As push, inside tx, which the caller commits (and then tells listener() about heads), with feed
  /// positions from positions, which the caller stores before the commit. Appends the records made current
  /// to heads (when not null), in feed order. Throws StorageError; then tx holds part of the batch and must
  /// be rolled back (to a savepoint taken before, and positions rewound to their mark of then).
  PushBatchResult pushIn(Transaction& tx, FeedCounter& positions, const Device& device,
                         const std::vector<PushItem>& items, std::optional<qint64> deviceTimeMs,
                         std::vector<HeadChange>* heads);
  /// Told about every batch's new heads once the batch is committed (progress figures follow them).
  /// REQUIRES: set before the first push; outlives this processor.
  void setListener(HeadChangeListener* listener) { listener_ = listener; }
  HeadChangeListener* listener() const { return listener_; }

 private:
  Database& database_;
  OrgTreeCache& trees_;
  HeadChangeListener* listener_ = nullptr;
};

}  // namespace sohoi::server
