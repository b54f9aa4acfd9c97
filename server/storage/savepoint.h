#pragma once
// A savepoint inside a write transaction, so that one part of it can be undone while the rest goes on
// (group commit runs each device's batch in its own). Plain SQL that SQLite and PostgreSQL both accept.
// Neither released nor rolled back (an exception other than StorageError): it stays open, and the
// transaction must then be rolled back as a whole.

namespace sohoi::server {

class Transaction;

class Savepoint {
 public:
  /// Sets the savepoint; throws StorageError. REQUIRES: tx is open and outlives this savepoint; savepoints
  /// are not nested.
  explicit Savepoint(Transaction& tx);
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;

  /// Keeps what was written since the savepoint (it commits with the transaction); throws StorageError.
  void release();
  /// Undoes what was written since the savepoint; throws StorageError, and then the transaction must not
  /// be committed (it may hold part of what was to be undone).
  void rollback();

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
