#pragma once
// PostgreSQL writes run through libpq's extended protocol, for the statements that carry the most values.
// Qt's QPSQL driver runs a prepared statement as `EXECUTE name('literal', …)`: the server formats every value
// into SQL text and PostgreSQL parses that text again on every run. A daily push's multi-row inserts carry
// some 500 values, and that round of formatting and parsing cost about a fifth of the database's CPU and a
// tenth of the server's. Here the values travel as parameters beside a statement prepared once per
// connection, and each column's input function reads its value directly.
//
// Writes are queued in libpq's pipeline mode and sent together: a push writes its versions, records, answers
// and device row, and waiting out a round trip for each (two context switches on a shared core, on both
// sides) cost more than running some of them. None of them returns rows, so nothing needs an answer before
// the next is sent; flush() sends the queue and reads every answer. A read (read()) goes last in the queue
// and is answered with it: the writes before it and the read share one round trip.
#include "read_rows.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <span>
#include <unordered_map>
#include <vector>

struct pg_conn;

namespace sohoi::server {

class PgNativeStatements {
 public:
  /// Queues sql, a statement that returns no rows with `?` placeholders, with values bound in order;
  /// prepared on db's connection on first use. Throws StorageError when the connection takes nothing more.
  /// REQUIRES: db is a connection of Qt's QPSQL driver, the same every call (one object per connection);
  /// values are text, integers or NULL; no Qt query runs or is destroyed on the connection until flush()
  /// (Qt would read, or wait for, the queue's answers).
  void send(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> values);
  /// Runs sql, a statement that returns rows, as send() queues a write, then flushes: its rows, in one
  /// result or several. Throws as flush() does. REQUIRES: as send(), and no Qt query's rows are being
  /// read on db (libpq drops them to take the statement).
  std::vector<PgResult> read(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> values);
  /// Sends the queue and reads every answer; nothing to do when nothing is queued. Throws StorageError for
  /// the first statement that failed (those after it did not run, and the transaction is aborted, as after
  /// any failed statement), or when the answers are not those of the queue.
  void flush();
  bool pending() const { return !queued_.empty(); }
  /// flush() without its error: on a way out that already failed, before the rollback.
  void discard() noexcept;
  /// Forgets what was prepared and queued: before the connection closes.
  void clear();

 private:
  struct Queued {
    QString sql;
    bool prepares = false;  // its statement's preparation, not a run of it
    bool returnsRows = false;
  };
  /// flush(), keeping the rows of the last statement queued when it returns rows.
  std::vector<PgResult> finish();

  pg_conn* queueConnection_ = nullptr;  // in pipeline mode while something is queued
  std::vector<Queued> queued_;
  std::unordered_map<QString, QByteArray> names_;  // sql → the name it is prepared under
  quint64 preparedCount_ = 0;                      // names are never reused, even after a failed preparation
};

}  // namespace sohoi::server
