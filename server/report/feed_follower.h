#pragma once
// How one server process hears of the records other processes on the same database wrote (sohoi-server
// behind a load balancer, sohoi-admin approve): it reads the change feed after the last position it has
// seen. Feed positions follow commit order across processes (feed_counter.h), so "every head after P" read
// in one snapshot misses nothing committed before that snapshot, and the next read starts where this one
// ended. Chosen over PostgreSQL's LISTEN/NOTIFY because it needs no event loop on a connection of its own,
// loses nothing while that connection is down or before the listener starts (a notification is gone; the
// feed stays), and works the same on SQLite, where several processes can share one file too. This process's
// own pushes come back in that read too: their positions, noted as they commit (applied()), are skipped
// without decoding, so following costs about the other processes' writes only.
#include "storage/current_records.h"
#include "sync/head_change.h"

#include <QtGlobal>
#include <vector>

namespace sohoi::server {

class Transaction;

class FeedFollower {
 public:
  static constexpr int kChunk = 10000;  // heads read at once, at most

  /// Follows the feed from position on (what was read up to it is already known), reading at most chunk
  /// heads at once. Not thread-safe.
  explicit FeedFollower(quint64 position = 0, int chunk = kChunk) : position_(position), chunk_(chunk) {}

  /// Notes changes this process applied as it committed them: a catch-up need not read them again.
  void applied(const std::vector<HeadChange>& changes);
  /// The current head of every record changed after the position followed, as tx sees it, in feed order,
  /// less those applied(), at most a chunk of them (so a long absence costs time, not memory); says in
  /// *read how far it got. Throws StorageError.
  std::vector<HeadChange> read(Transaction& tx, HeadsRead* read) const;
  /// Follows from position on, once everything up to it is applied (a smaller position changes nothing).
  void advanceTo(quint64 position);
  quint64 position() const { return position_; }

 private:
  // Bounds what is noted between two catch-ups (8 bytes each); beyond it, own heads are read again.
  static constexpr size_t kMaxApplied = 1000000;

  quint64 position_;
  int chunk_;
  std::vector<quint64> applied_;  // ascending, all after position_
};

}  // namespace sohoi::server
