#include "rows_read.h"

#include "storage/sql.h"

#include <catch2/catch.hpp>

namespace sohoi::server::test {

qint64 rowsRead(Transaction& tx, const QString& table) {
  QSqlQuery read = sql::run(tx.connection(),
                            QStringLiteral("SELECT COALESCE(seq_tup_read, 0) + COALESCE(idx_tup_fetch, 0) "
                                           "FROM pg_stat_xact_user_tables WHERE relname = ?"),
                            {table});
  REQUIRE(read.next());
  return read.value(0).toLongLong();
}

}  // namespace sohoi::server::test
