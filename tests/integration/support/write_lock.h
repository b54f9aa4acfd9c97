#pragma once
// Holds the server database's write lock from the test process, so a push stays inside the server,
// waiting to store: SQLite's one writer lock, or on PostgreSQL the feed counter every push updates. Reads
// still go through.
#include <QString>

namespace sohoi::testing {

class WriteLock {
 public:
  /// Takes the lock on the database at spec (a server's --db); throws std::runtime_error when it cannot.
  explicit WriteLock(const QString& spec);
  ~WriteLock() { release(); }
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;
  /// Lets the server's writer go on. Idempotent.
  void release();

 private:
  inline static const QString kName = QStringLiteral("test-write-lock");
};

}  // namespace sohoi::testing
