#include "write_lock.h"

#include "test_database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <stdexcept>

namespace sohoi::testing {

WriteLock::WriteLock(const QString& spec) {
  QSqlDatabase db = connectTo(spec, kName);
  const bool taken = testsOnPostgres()
                         ? QSqlQuery(db).exec(QStringLiteral("BEGIN")) &&
                               QSqlQuery(db).exec(QStringLiteral("LOCK TABLE feed_counter IN EXCLUSIVE MODE"))
                         : QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
  if (!taken) {
    release();
    throw std::runtime_error("could not take the database's write lock");
  }
}

void WriteLock::release() {
  if (!QSqlDatabase::contains(kName)) return;
  {
    QSqlDatabase db = QSqlDatabase::database(kName);
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    db.close();
  }
  QSqlDatabase::removeDatabase(kName);
}

}  // namespace sohoi::testing
