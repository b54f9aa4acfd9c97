#pragma once
// Hands out change-feed positions inside one write transaction. The first take() locks the counter row
// and reads it in one statement (an UPDATE that returns the value: on PostgreSQL the row lock holds every
// other writer back until this transaction commits, so positions follow commit order); later takes count
// in memory, and store() writes the counter back once. A batch thus costs two statements, not two per
// version.
#include <QtGlobal>

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
