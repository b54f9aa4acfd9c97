#pragma once
// How one server process hears of the records other processes on the same database wrote (sohoi-server
// behind a load balancer, sohoi-admin approve): it reads the change feed after the last position it has
// seen. Feed positions follow commit order across processes (feed_counter.h), so "every head after P" read
// in one snapshot misses nothing committed before that snapshot, and the next read starts where this one
// ended. Chosen over PostgreSQL's LISTEN/NOTIFY because it needs no event loop on a connection of its own,
// loses nothing while that connection is down or before the listener starts (a notification is gone; the
// feed stays), and works the same on SQLite, where several processes can share one file too. What it reads
// again of this process's own pushes (already applied as they committed) the cache ignores by position.
#include "sync/head_change.h"

#include <QtGlobal>
#include <vector>

namespace sohoi::server {

class Transaction;

class FeedFollower {
 public:
  /// Follows the feed from position on (what was read up to it is already known). Not thread-safe.
  explicit FeedFollower(quint64 position = 0) : position_(position) {}

  /// The current head of every record changed after the position followed, as tx sees it, in feed order;
  /// then follows from the feed's last position in tx. Throws StorageError.
  std::vector<HeadChange> catchUp(Transaction& tx);
  quint64 position() const { return position_; }

 private:
  quint64 position_;
};

}  // namespace sohoi::server
