#pragma once
// How many rows a PostgreSQL session has read from a table (sequential and through indexes): tests take the
// difference around a statement to check that it reads what it needs and not whole tables, whatever the
// planner reckons on a small test database.
#include "storage/transaction.h"

#include <QString>

namespace sohoi::server::test {

/// The rows tx's session has read from table and not yet reported to PostgreSQL's statistics, which it
/// does only between transactions: take both counts inside one transaction. REQUIRES: PostgreSQL.
qint64 rowsRead(Transaction& tx, const QString& table);

}  // namespace sohoi::server::test
