#include "savepoint.h"

#include "sql.h"
#include "transaction.h"

namespace sohoi::server {

namespace {
const QString kSet = QStringLiteral("SAVEPOINT sohoi_part");
const QString kRelease = QStringLiteral("RELEASE SAVEPOINT sohoi_part");
const QString kRollback = QStringLiteral("ROLLBACK TO SAVEPOINT sohoi_part");
}  // namespace

Savepoint::Savepoint(Transaction& tx) : tx_(tx) { sql::control(tx_, kSet); }

void Savepoint::release() {
  tx_.finishStatements();
  sql::control(tx_, kRelease);
}

void Savepoint::rollback() {
  // A statement still stepping would hold on to rows being undone.
  tx_.finishStatements();
  sql::control(tx_, kRollback);
  sql::control(tx_, kRelease);  // ROLLBACK TO keeps the savepoint open
  tx_.metaRows().reset();       // it may hold a value written since the savepoint
}

}  // namespace sohoi::server
