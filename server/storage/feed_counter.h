#pragma once
// Hands out change-feed positions inside one write transaction. The first take() locks the counter row
// and reads it in one statement (an UPDATE that returns the value: on PostgreSQL the row lock holds every
// other writer back until this transaction commits, so positions follow commit order); later takes count
// in memory, and store() writes the counter back once. A transaction thus costs two statements, not two
// per version nor per push of a writer's group.
#include <QtGlobal>
#include <algorithm>

namespace sohoi::server {

class Transaction;

class FeedCounter {
 public:
  /// REQUIRES: tx is a write transaction and outlives this counter.
  explicit FeedCounter(Transaction& tx) : tx_(tx) {}
  FeedCounter(const FeedCounter&) = delete;
  FeedCounter& operator=(const FeedCounter&) = delete;

  /// The next free position.
  quint64 take();
  /// The last position taken so far: a mark for rewind().
  quint64 last() const { return last_; }
  /// Hands the positions taken after mark out again: their versions were rolled back to a savepoint, and
  /// the feed must not have a gap. REQUIRES: mark came from last() in this transaction.
  void rewind(quint64 mark) { last_ = std::max(mark, stored_); }
  /// Writes the last position taken back to the counter. REQUIRES: called before tx commits whenever
  /// take() was (otherwise the next transaction hands the same positions out again, which the unique
  /// index on versions.position refuses).
  void store();

 private:
  Transaction& tx_;
  bool locked_ = false;
  quint64 stored_ = 0;  // the counter's value in the database
  quint64 last_ = 0;    // the last position taken
};

}  // namespace sohoi::server
