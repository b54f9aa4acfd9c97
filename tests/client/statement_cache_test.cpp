// Specifications of the device store's statement cache: a statement is parsed once, yet every query on it
// behaves as a query of its own would.
#include "store/sql_support.h"
#include "store/statement_cache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi::client;

namespace {

const QString kNumbers = QStringLiteral("SELECT x FROM numbers ORDER BY x");

// A database in WAL mode, as the store opens it, holding the numbers 1 to 5.
struct NumbersDatabase {
  QTemporaryDir dir;
  QSqlDatabase db;

  NumbersDatabase() {
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("numbers"));
    db.setDatabaseName(dir.filePath(QStringLiteral("numbers.db")));
    REQUIRE(db.open());
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE numbers (x INTEGER)")));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO numbers VALUES (1), (2), (3), (4), (5)")));
  }
  ~NumbersDatabase() {
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("numbers"));
  }
};

QList<int> readAll(sql::CachedQuery& query) {
  QList<int> values;
  while (query.next()) values.append(query.value(0).toInt());
  return values;
}

}  // namespace

TEST_CASE("a store statement run again inside its own read leaves the outer read whole") {
  NumbersDatabase numbers;
  sql::StatementCache cache(numbers.db);
  sql::CachedQuery outer(cache);
  REQUIRE(sql::run(outer, kNumbers));
  REQUIRE(outer.next());
  QList<int> seen{outer.value(0).toInt()};
  {
    sql::CachedQuery inner(cache);
    REQUIRE(sql::run(inner, kNumbers));
    CHECK(readAll(inner) == QList<int>{1, 2, 3, 4, 5});
  }
  seen += readAll(outer);
  CHECK(seen == QList<int>{1, 2, 3, 4, 5});
  // Once the outer read is done, the statement is shared again and reads from the start.
  sql::CachedQuery again(cache);
  REQUIRE(sql::run(again, kNumbers));
  CHECK(readAll(again) == QList<int>{1, 2, 3, 4, 5});
  cache.clear();
}

TEST_CASE("a half-read store query holds no snapshot once it is gone") {
  NumbersDatabase numbers;
  sql::StatementCache cache(numbers.db);
  {
    sql::CachedQuery query(cache);
    REQUIRE(sql::run(query, kNumbers));
    REQUIRE(query.next());  // and no further: the statement is left in the middle of its rows
  }
  // Another connection writes and folds the whole log back into the database. A read left open on the
  // first connection would keep its snapshot, and with it a part of the log.
  QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
  writer.setDatabaseName(numbers.db.databaseName());
  writer.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
  REQUIRE(writer.open());
  {
    QSqlQuery query(writer);
    REQUIRE(query.exec(QStringLiteral("INSERT INTO numbers VALUES (6)")));
    REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);  // not busy: no reader held it back
  }
  writer.close();
  writer = QSqlDatabase();
  QSqlDatabase::removeDatabase(QStringLiteral("writer"));
  sql::CachedQuery query(cache);
  REQUIRE(sql::run(query, kNumbers));
  CHECK(readAll(query) == QList<int>{1, 2, 3, 4, 5, 6});
  cache.clear();
}

TEST_CASE("a write past Qt's binding joins the store's transaction and stores values as Qt's would") {
  NumbersDatabase numbers;
  sql::StatementCache cache(numbers.db);
  QSqlQuery setup(numbers.db);
  REQUIRE(setup.exec(QStringLiteral("CREATE TABLE cells (n INTEGER, v)")));
  const QString insert = QStringLiteral("INSERT INTO cells (n, v) VALUES (?, ?)");
  {
    sql::Transaction transaction(numbers.db);
    REQUIRE(sql::write(cache, insert, {0, QStringLiteral("bỏ đi")}, QStringLiteral("cells")).isOk());
  }  // rolled back, and the write with it
  const QVariantList values{QStringLiteral("Hội Liên hiệp Phụ nữ"),
                            QString(QLatin1String("")),
                            QString(),
                            QByteArray("\x00\x01", 2),
                            QByteArray(),
                            true,
                            qint64{1} << 40,
                            2.5,
                            QVariant()};
  {
    sql::Transaction transaction(numbers.db);
    for (int i = 0; i < values.size(); ++i)
      REQUIRE(sql::write(cache, insert, {i + 1, values.at(i)}, QStringLiteral("cells")).isOk());
    REQUIRE(transaction.commit().isOk());
  }
  // Read back through Qt, against what Qt's own binding stored for the same values.
  {
    sql::Transaction transaction(numbers.db);
    QSqlQuery qtInsert(numbers.db);
    REQUIRE(qtInsert.prepare(insert));
    for (int i = 0; i < values.size(); ++i) {
      qtInsert.bindValue(0, -(i + 1));
      qtInsert.bindValue(1, values.at(i));
      REQUIRE(qtInsert.exec());
    }
    REQUIRE(transaction.commit().isOk());
  }
  QSqlQuery read(numbers.db);
  REQUIRE(
      read.exec(QStringLiteral("SELECT a.v, typeof(a.v), typeof(b.v), a.v IS b.v FROM cells a "
                               "JOIN cells b ON b.n = -a.n WHERE a.n > 0 ORDER BY a.n")));
  int rows = 0;
  while (read.next()) {
    INFO("value " << rows << ": " << read.value(1).toString().toStdString());
    CHECK(read.value(1) == read.value(2));  // the same storage class
    CHECK(read.value(3).toInt() == 1);      // and the same value
    ++rows;
  }
  CHECK(rows == values.size());
  // A refused write says why, and the statement serves the next write.
  QSqlQuery(numbers.db).exec(QStringLiteral("CREATE UNIQUE INDEX cells_n ON cells (n)"));
  const Status refused = sql::write(cache, insert, {1, 0}, QStringLiteral("cells"));
  CHECK(refused.code() == QStringLiteral("STORE_ERROR"));
  CHECK(refused.messageEn().contains(QStringLiteral("UNIQUE")));
  CHECK(refused.messageEn().contains(QStringLiteral("(cells)")));
  CHECK(sql::write(cache, insert, {100, 0}, QStringLiteral("cells")).isOk());
  cache.clear();
}
