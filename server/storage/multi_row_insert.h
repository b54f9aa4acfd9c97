#pragma once
// Many rows in few statements. On PostgreSQL every statement is a round trip to the server, and a push of
// 500 records ran three per record: the trips, not the work, bounded ingest. Up to 32 rows (a day's push
// is about 20) go in one statement of exactly that many; more go in chunks of 256, 128, 64 and 32 first
// (the 500 of a full push are 256 + 128 + 64 + 32 + 20). A table thus needs at most 35 prepared
// statements per connection, and every chunk (256 × 14 values at most) stays below both backends'
// limits on bound values (SQLite 32,766, PostgreSQL 65,535).
#include <QString>
#include <QVariant>
#include <vector>

namespace sohoi::server {

class Transaction;

/// Runs `insertInto VALUES (?, …), (?, …) conflictClause` over rows, whose values are laid out row after
/// row, `columns` to a row. insertInto ("INSERT INTO t (a, b)") and conflictClause (may be empty) are
/// text from our own code. The rows of one call must not name the same key twice when conflictClause
/// updates (PostgreSQL refuses to update a row twice in one statement). REQUIRES: a write transaction.
void insertRows(Transaction& tx, const QString& insertInto, int columns, const std::vector<QVariant>& values,
                const QString& conflictClause = {});

}  // namespace sohoi::server
