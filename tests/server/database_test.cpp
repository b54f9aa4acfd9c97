// Opening, migrating and sharing the server database.
#include "server_fixture.h"
#include "test_database.h"

#include "domain/rejection.h"
#include "storage/meta_repository.h"
#include "storage/migrations.h"
#include "storage/multi_row_insert.h"
#include "storage/savepoint.h"
#include "storage/sql.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <thread>
#include <tuple>
#include <utility>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::ServerFixture;

namespace {

// A table of the test's own, committed before the test's transactions begin.
void createTable(Database& db, const QString& definition) {
  Transaction tx(db, Transaction::Mode::Write);
  sql::run(tx.connection(), definition);
  tx.commit();
}

// Text that SQL formatting would trip over: quotes, a backslash, placeholders, a comment, accents.
const QString kAwkward = QStringLiteral("Chị Hà's \\ \"nhà\" ? $1 ; -- '' \u00e9\u1ec7 \U0001F33E");

// How many statements starting with start the session prepared, and whether all went through the protocol
// (libpq's extended protocol) rather than SQL PREPARE (Qt's way).
std::pair<int, bool> preparedThroughProtocol(Transaction& tx, const QString& start) {
  QSqlQuery prepared = sql::run(
      tx.connection(), QStringLiteral("SELECT COUNT(*), bool_and(NOT from_sql) FROM pg_prepared_statements "
                                      "WHERE starts_with(statement, '%1')")
                           .arg(start));
  REQUIRE(prepared.next());
  return {prepared.value(0).toInt(), prepared.value(1).toBool()};
}

}  // namespace

TEST_CASE("a new database gets the latest schema and an epoch") {
  ServerFixture f;
  CHECK(f.db().schemaVersion() == latestSchemaVersion());
  Transaction tx(f.db(), Transaction::Mode::Read);
  CHECK_FALSE(MetaRepository(tx).epoch().isEmpty());
}

TEST_CASE("reopening a database keeps its epoch") {
  QTemporaryDir dir;
  const QString spec = testing::freshDatabaseSpec(dir.filePath(QStringLiteral("a.db")));
  QString epoch;
  {
    auto db = ServerFixture::openOrFail(spec);
    Transaction tx(*db, Transaction::Mode::Read);
    epoch = MetaRepository(tx).epoch();
  }
  auto db = ServerFixture::openOrFail(spec);
  Transaction tx(*db, Transaction::Mode::Read);
  CHECK(MetaRepository(tx).epoch() == epoch);
}

TEST_CASE("migrations refuse a newer database") {
  QTemporaryDir dir;
  const QString spec = testing::freshDatabaseSpec(dir.filePath(QStringLiteral("a.db")));
  {
    auto db = ServerFixture::openOrFail(spec);
    Transaction tx(*db, Transaction::Mode::Write);
    sql::run(tx.connection(), QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, 0)"),
             {latestSchemaVersion() + 1});
    tx.commit();
  }
  QString error;
  CHECK_FALSE(Database::open(spec, &error));
  CHECK(error.contains(QStringLiteral("newer")));
  CHECK(error.contains(QStringLiteral("mới hơn")));
}

TEST_CASE("opening a database from before step 14 drops the push log's plain acceptances, not other answers") {
  QTemporaryDir dir;
  const QString spec = testing::freshDatabaseSpec(dir.filePath(QStringLiteral("a.db")));
  {
    auto db = ServerFixture::openOrFail(spec);
    Transaction tx(*db, Transaction::Mode::Write);
    const QString insert = QStringLiteral(
        "INSERT INTO push_results (device_id, seq, outcome, reason, field, message_vi, message_en) "
        "VALUES ('d', ?, ?, ?, '', '', '')");
    // Accepted; rejected as malformed (reason 1); accepted with a clock flagged; merged.
    for (const auto& [seq, outcome, reason] : std::vector<std::tuple<int, int, int>>{
             {1, 1, 0}, {2, 4, 1}, {3, 1, static_cast<int>(ReasonCode::ImplausibleTime)}, {4, 2, 0}, {5, 1, 0}})
      sql::run(tx.connection(), insert, {seq, outcome, reason});
    sql::run(tx.connection(), QStringLiteral("DELETE FROM schema_migrations WHERE version >= 14"));
    tx.commit();
  }
  auto db = ServerFixture::openOrFail(spec);
  CHECK(db->schemaVersion() == latestSchemaVersion());
  Transaction tx(*db, Transaction::Mode::Read);
  QSqlQuery kept = sql::run(tx.connection(), QStringLiteral("SELECT seq FROM push_results ORDER BY seq"));
  QList<int> seqs;
  while (kept.next()) seqs << kept.value(0).toInt();
  CHECK(seqs == QList<int>{2, 3, 4});
}

TEST_CASE("an unknown database scheme is refused with a clear error") {
  QString error;
  CHECK_FALSE(Database::open(QStringLiteral("mysql:/tmp/x"), &error));
  CHECK(error.contains(QStringLiteral("sqlite:PATH")));
  CHECK(error.contains(QStringLiteral("postgresql://USER@HOST:PORT/DB")));
}

TEST_CASE("a PostgreSQL spec names its user, host, port and database") {
  QString error;
  const std::optional<DatabaseSpec> spec =
      DatabaseSpec::parse(QStringLiteral("postgresql://sohoi@db.local:5433/thai_nguyen?password_file=/etc/pw"), &error);
  REQUIRE(spec);
  CHECK(spec->backend == DatabaseBackend::Postgres);
  CHECK(spec->user == QStringLiteral("sohoi"));
  CHECK(spec->host == QStringLiteral("db.local"));
  CHECK(spec->port == 5433);
  CHECK(spec->name == QStringLiteral("thai_nguyen"));
  CHECK(spec->passwordFile == QStringLiteral("/etc/pw"));
  CHECK(DatabaseSpec::parse(QStringLiteral("postgres://sohoi@db.local/thai_nguyen"), &error)->port == 5432);
}

TEST_CASE("a PostgreSQL spec may name the socket directory of a server on this machine") {
  QString error;
  const std::optional<DatabaseSpec> spec = DatabaseSpec::parse(
      QStringLiteral("postgresql://sohoi@localhost:5433/thai_nguyen?host=/var/run/postgresql"), &error);
  REQUIRE(spec);
  CHECK(spec->host == QStringLiteral("/var/run/postgresql"));
  CHECK(spec->port == 5433);
  CHECK(spec->name == QStringLiteral("thai_nguyen"));
  CHECK_FALSE(
      DatabaseSpec::parse(QStringLiteral("postgresql://sohoi@localhost/thai_nguyen?host=run/pg"), &error));
  CHECK(error.contains(QStringLiteral("absolute path")));
  CHECK(error.contains(QStringLiteral("đường dẫn tuyệt đối")));
}

TEST_CASE("the server reaches PostgreSQL on this machine through its socket") {
  if (!testing::testsOnPostgres()) return;
  QTemporaryDir dir;
  const QString spec =
      testing::throughSocket(testing::freshDatabaseSpec(dir.filePath(QStringLiteral("a.db"))));
  auto db = ServerFixture::openOrFail(spec);
  Transaction tx(*db, Transaction::Mode::Read);
  QSqlQuery& peer = tx.statement(QStringLiteral("SELECT inet_client_addr() IS NULL"));  // NULL: a socket
  sql::exec(peer);
  REQUIRE(peer.next());
  CHECK(peer.value(0).toBool());
  peer.finish();
  CHECK_FALSE(MetaRepository(tx).epoch().isEmpty());
}

TEST_CASE("a PostgreSQL spec without a user or database, or with a password in it, is refused") {
  QString error;
  CHECK_FALSE(DatabaseSpec::parse(QStringLiteral("postgresql://db.local:5432/thai_nguyen"), &error));
  CHECK(error.contains(QStringLiteral("USER@HOST")));
  CHECK_FALSE(DatabaseSpec::parse(QStringLiteral("postgresql://sohoi@db.local:5432"), &error));
  CHECK_FALSE(DatabaseSpec::parse(QStringLiteral("postgresql://sohoi:secret@db.local/thai_nguyen"), &error));
  CHECK(error.contains(QStringLiteral("password_file")));
  CHECK(error.contains(QStringLiteral("mật khẩu")));
  CHECK_FALSE(DatabaseSpec::parse(QStringLiteral("postgresql://sohoi@db.local/thai_nguyen?sslmode=off"), &error));
  CHECK(error.contains(QStringLiteral("sslmode")));
}

TEST_CASE("an unreachable PostgreSQL server is reported, not waited on") {
  QString error;
  // Port 1 on loopback: nothing listens there, so the connection is refused at once.
  CHECK_FALSE(Database::open(QStringLiteral("postgresql://sohoi@127.0.0.1:1/none"), &error));
  CHECK(error.contains(QStringLiteral("Cannot connect to PostgreSQL")));
  CHECK(error.contains(QStringLiteral("Không kết nối được")));
}

TEST_CASE("on PostgreSQL the server's sessions do not report notices") {
  // See openPostgresConnection: an index that exists already is not news.
  if (!testing::testsOnPostgres()) return;
  ServerFixture f;
  Transaction tx(f.db(), Transaction::Mode::Read);
  QSqlQuery& notices = tx.statement(QStringLiteral("SELECT current_setting('client_min_messages')"));
  sql::exec(notices);
  REQUIRE(notices.next());
  CHECK(notices.value(0).toString() == QStringLiteral("warning"));
}

TEST_CASE("on PostgreSQL a write transaction holds the writers' lock until it ends") {
  // Transaction::begin takes it in the same round trip as BEGIN; other server processes wait on it.
  if (!testing::testsOnPostgres()) return;
  ServerFixture f;
  const auto advisoryLocks = [](Transaction& tx) {
    QSqlQuery& locks = tx.statement(QStringLiteral(
        "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()"));
    sql::exec(locks);
    const int count = locks.next() ? locks.value(0).toInt() : -1;
    locks.finish();
    return count;
  };
  {
    Transaction writer(f.db(), Transaction::Mode::Write);
    CHECK(advisoryLocks(writer) == 1);
    writer.commit();
  }
  Transaction reader(f.db(), Transaction::Mode::Read);
  CHECK(advisoryLocks(reader) == 0);
}

TEST_CASE("a transaction sees its own meta writes, and not those a savepoint's rollback undid") {
  // The meta table is read once per transaction (Transaction::metaRows), so its writes must not be hidden.
  ServerFixture f;
  Transaction tx(f.db(), Transaction::Mode::Write);
  MetaRepository meta(tx);
  const QString epoch = meta.epoch();
  CHECK_FALSE(meta.value(QStringLiteral("no such key")));
  meta.setValue(QStringLiteral("tree_version"), QStringLiteral("t1"));
  CHECK(meta.value(QStringLiteral("tree_version")) == QStringLiteral("t1"));
  {
    Savepoint part(tx);
    meta.setValue(QStringLiteral("tree_version"), QStringLiteral("t2"));
    CHECK(meta.value(QStringLiteral("tree_version")) == QStringLiteral("t2"));
    part.rollback();
  }
  CHECK(meta.value(QStringLiteral("tree_version")) == QStringLiteral("t1"));
  CHECK(meta.epoch() == epoch);
  tx.commit();
  Transaction later(f.db(), Transaction::Mode::Read);
  CHECK(MetaRepository(later).value(QStringLiteral("tree_version")) == QStringLiteral("t1"));
}

TEST_CASE("a read outside a transaction sees each commit as it lands, and holds no snapshot") {
  // Authentication reads so (Transaction::Mode::Autocommit): BEGIN and COMMIT would be two round trips more.
  ServerFixture f;
  const auto treeVersion = [](Transaction& tx) {
    QSqlQuery& read = tx.statement(QStringLiteral("SELECT value FROM meta WHERE key = 'tree_version'"));
    sql::exec(read);
    const QString value = read.next() ? read.value(0).toString() : QString();
    read.finish();
    return value;
  };
  const auto writeTreeVersion = [&f](const QString& value) {
    std::thread([&f, value] {
      Transaction tx(f.db(), Transaction::Mode::Write);
      MetaRepository(tx).setValue(QStringLiteral("tree_version"), value);
      tx.commit();
    }).join();
  };
  writeTreeVersion(QStringLiteral("before"));
  Transaction reader(f.db(), Transaction::Mode::Autocommit);
  CHECK(treeVersion(reader) == QStringLiteral("before"));
  writeTreeVersion(QStringLiteral("after"));  // another connection, while the reader is still open
  CHECK(treeVersion(reader) == QStringLiteral("after"));
  reader.commit();

  // A read transaction, by contrast, keeps the snapshot of its first read.
  Transaction snapshot(f.db(), Transaction::Mode::Read);
  CHECK(treeVersion(snapshot) == QStringLiteral("after"));
  writeTreeVersion(QStringLiteral("later"));
  CHECK(treeVersion(snapshot) == QStringLiteral("after"));
}

TEST_CASE("rows of any count go in, each once") {
  // multi_row_insert.h: exact statements up to 32 rows, chunks of 256 … 32 above.
  ServerFixture f;
  for (const int count : {1, 20, 32, 33, 64, 300, 500, 777}) {
    CAPTURE(count);
    Transaction tx(f.db(), Transaction::Mode::Write);
    sql::run(tx.connection(),
             QStringLiteral("CREATE TABLE rows_in (n INTEGER PRIMARY KEY, label TEXT NOT NULL)"));
    std::vector<QVariant> values;
    for (int n = 1; n <= count; ++n) values.insert(values.end(), {n, QStringLiteral("row %1").arg(n)});
    insertRows(tx, QStringLiteral("INSERT INTO rows_in (n, label)"), 2, values);
    QSqlQuery check =
        sql::run(tx.connection(), QStringLiteral("SELECT COUNT(*), SUM(n), MAX(label) FROM rows_in"));
    REQUIRE(check.next());
    CHECK(check.value(0).toInt() == count);
    CHECK(check.value(1).toLongLong() == qint64(count) * (count + 1) / 2);
    CHECK(check.value(2).toString().startsWith(QStringLiteral("row ")));
    // Rolled back: the next count starts from an empty table.
  }
}

TEST_CASE("a write's values arrive as they were, whatever they hold") {
  ServerFixture f;
  Transaction tx(f.db(), Transaction::Mode::Write);
  sql::run(tx.connection(),
           QStringLiteral("CREATE TABLE values_in (n BIGINT NOT NULL, label TEXT, note TEXT)"));
  const std::vector<QVariant> values{
      qint64(-9007199254740993), kAwkward, sql::nullText(),                    //
      QVariant::fromValue(quint64(1) << 62), QString(), QString::fromUtf8("?"),  //
      (qint64(1) << 62) + 1, QStringLiteral(""), kAwkward};
  tx.write(QStringLiteral("INSERT INTO values_in (n, label, note) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)"),
           values);
  QSqlQuery check =
      sql::run(tx.connection(), QStringLiteral("SELECT n, label, note FROM values_in ORDER BY n"));
  REQUIRE(check.next());
  CHECK(check.value(0).toLongLong() == -9007199254740993);
  CHECK(check.value(1).toString() == kAwkward);
  CHECK(check.value(2).isNull());
  REQUIRE(check.next());
  CHECK(check.value(0).toLongLong() == qint64(1) << 62);
  // Qt binds a null QString as NULL (sql::text() is there for NOT NULL columns), and so must a write.
  CHECK(check.value(1).isNull());
  CHECK(check.value(2).toString() == QStringLiteral("?"));
  REQUIRE(check.next());
  CHECK_FALSE(check.value(1).isNull());  // an empty text is a text
  CHECK(check.value(1).toString().isEmpty());
  CHECK(check.value(2).toString() == kAwkward);
}

TEST_CASE("a write that fails throws, and the connection serves the next transaction") {
  ServerFixture f;
  createTable(f.db(), QStringLiteral("CREATE TABLE strict_in (n INTEGER PRIMARY KEY)"));
  const QString insert = QStringLiteral("INSERT INTO strict_in (n) VALUES (?)");
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    tx.write(insert, std::vector<QVariant>{1});
    // On PostgreSQL the write is held back, and its failure comes with the commit that sends it.
    CHECK_THROWS_AS((tx.write(insert, std::vector<QVariant>{1}), tx.commit()), StorageError);
  }
  Transaction tx(f.db(), Transaction::Mode::Write);
  tx.write(insert, std::vector<QVariant>{2});
  tx.commit();
  QSqlQuery count = sql::run(f.db().connection(), QStringLiteral("SELECT COUNT(*), MAX(n) FROM strict_in"));
  REQUIRE(count.next());
  CHECK(count.value(0).toInt() == 1);  // the failed transaction's row went with it
  CHECK(count.value(1).toInt() == 2);
}

TEST_CASE("on PostgreSQL, writes travel as parameters of a statement prepared once, not as SQL text") {
  if (!testing::testsOnPostgres()) return;  // SQLite takes parameters by position (storage::SqliteStatements)
  ServerFixture f;
  Transaction tx(f.db(), Transaction::Mode::Write);
  sql::run(tx.connection(), QStringLiteral("CREATE TABLE params_in (n INTEGER NOT NULL)"));
  const QString insert = QStringLiteral("INSERT INTO params_in (n) VALUES (?)");
  // A Qt query left with rows unread (forward only: PostgreSQL's single-row mode) must not get in the way.
  QSqlQuery unread = sql::run(tx.connection(), QStringLiteral("SELECT n FROM generate_series(1, 3) AS n"));
  REQUIRE(unread.next());
  for (int n = 1; n <= 3; ++n) tx.write(insert, std::vector<QVariant>{n});
  CHECK(preparedThroughProtocol(tx, QStringLiteral("INSERT INTO params_in")) == std::pair(1, true));
  QSqlQuery sum = sql::run(tx.connection(), QStringLiteral("SELECT SUM(n) FROM params_in"));
  REQUIRE(sum.next());
  CHECK(sum.value(0).toInt() == 6);
}

TEST_CASE("a transaction's reads and commit see the writes before them, and a held-back failure is thrown") {
  ServerFixture f;
  createTable(f.db(), QStringLiteral("CREATE TABLE held_in (n INTEGER PRIMARY KEY)"));
  const QString insert = QStringLiteral("INSERT INTO held_in (n) VALUES (?)");
  const auto count = [](Transaction& tx) {
    QSqlQuery& rows = tx.statement(QStringLiteral("SELECT COUNT(*) FROM held_in"));
    sql::exec(rows);
    const int n = rows.next() ? rows.value(0).toInt() : -1;
    rows.finish();
    return n;
  };
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    tx.write(insert, {1});
    tx.write(insert, {2});
    CHECK(count(tx) == 2);  // a cached statement's read
    tx.write(insert, {3});
    QSqlQuery max = sql::run(tx.connection(), QStringLiteral("SELECT MAX(n) FROM held_in"));  // Qt's own
    REQUIRE(max.next());
    CHECK(max.value(0).toInt() == 3);
    tx.write(insert, {4});
    tx.commit();  // carries the last write
  }
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    tx.write(insert, {5});
    if (testing::testsOnPostgres()) {
      // Held back: the duplicate fails when the transaction next reads, with the statement that failed.
      tx.write(insert, {1});
      CHECK_THROWS_WITH(tx.connection(), Catch::Contains("INSERT INTO held_in"));
    } else {
      CHECK_THROWS_AS(tx.write(insert, {1}), StorageError);
    }
  }
  Transaction tx(f.db(), Transaction::Mode::Read);
  CHECK(count(tx) == 4);  // the failed transaction's 5 went with it
}

TEST_CASE("on PostgreSQL, a connection dropped while writes wait to be sent fails the commit, not the next") {
  if (!testing::testsOnPostgres()) return;
  ServerFixture f;
  createTable(f.db(), QStringLiteral("CREATE TABLE dropped_in (n INTEGER NOT NULL)"));
  const QString insert = QStringLiteral("INSERT INTO dropped_in (n) VALUES (?)");
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    QSqlQuery backend = sql::run(tx.connection(), QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(backend.next());
    const int pid = backend.value(0).toInt();
    tx.write(insert, {1});
    std::thread terminator([&] {  // another thread, its own connection; returns once the backend is gone
      Transaction other(f.db(), Transaction::Mode::Autocommit);
      sql::run(other.connection(), QStringLiteral("SELECT pg_terminate_backend(?, 5000)"), {pid});
      other.commit();
    });
    terminator.join();
    tx.write(insert, {2});
    CHECK_THROWS_AS(tx.commit(), StorageError);
  }
  Transaction tx(f.db(), Transaction::Mode::Write);  // on a new connection
  tx.write(insert, {3});
  tx.commit();
  QSqlQuery rows = sql::run(f.db().connection(), QStringLiteral("SELECT COUNT(*), SUM(n) FROM dropped_in"));
  REQUIRE(rows.next());
  CHECK(rows.value(0).toInt() == 1);
  CHECK(rows.value(1).toInt() == 3);
}

TEST_CASE("a read's values and NULLs come back as Qt reads them, whatever they hold") {
  ServerFixture f;
  Transaction tx(f.db(), Transaction::Mode::Write);
  sql::run(tx.connection(),
           QStringLiteral("CREATE TABLE values_out (n BIGINT NOT NULL, label TEXT, note TEXT)"));
  tx.write(QStringLiteral("INSERT INTO values_out (n, label, note) VALUES (?, ?, ?), (?, ?, ?)"),
           {qint64(-9007199254740993), kAwkward, sql::nullText(), qint64(1) << 62, QStringLiteral("?"),
            QString()});
  ReadRows rows =
      tx.read(QStringLiteral("SELECT n, label, note, n > ? FROM values_out WHERE label <> ? ORDER BY n"),
              {qint64(0), QStringLiteral("none")});
  REQUIRE(rows.next());
  CHECK(rows.value(0).toLongLong() == -9007199254740993);
  CHECK(rows.value(1).toString() == kAwkward);
  CHECK(rows.value(2).isNull());
  CHECK_FALSE(rows.value(3).toBool());
  CHECK(rows.utf8(1) == kAwkward.toUtf8());  // as a stored JSON document is read
  CHECK(rows.utf8(2).isEmpty());
  REQUIRE(rows.next());
  CHECK(rows.value(0).toULongLong() == quint64(1) << 62);
  CHECK(rows.value(1).toString() == QStringLiteral("?"));
  CHECK(rows.value(2).isNull());
  CHECK(rows.value(3).toBool());
  CHECK_FALSE(rows.next());
}

TEST_CASE("a read sees the writes held back before it, and a failure among them is thrown by the read") {
  ServerFixture f;
  createTable(f.db(), QStringLiteral("CREATE TABLE read_after (n INTEGER PRIMARY KEY)"));
  const QString insert = QStringLiteral("INSERT INTO read_after (n) VALUES (?)");
  const QString above = QStringLiteral("SELECT n FROM read_after WHERE n > ? ORDER BY n");
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    tx.write(insert, {1});
    tx.write(insert, {2});
    ReadRows rows = tx.read(above, {1});  // on PostgreSQL the writes and the read go in one round trip
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == 2);
    CHECK_FALSE(rows.next());
    tx.commit();
  }
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    if (testing::testsOnPostgres()) {
      tx.write(insert, {1});  // held back: its failure comes with the read
      CHECK_THROWS_WITH(tx.read(above, {0}), Catch::Contains("INSERT INTO read_after"));
    } else {
      CHECK_THROWS_AS(tx.write(insert, {1}), StorageError);
    }
  }
  // The failed transaction rolled back, and the connection reads on. Right after Qt's BEGIN, which Qt ran
  // in single-row mode: on PostgreSQL the read's rows then come one result each.
  Transaction tx(f.db(), Transaction::Mode::Read);
  ReadRows rows = tx.read(above, {0});
  int count = 0;
  while (rows.next()) ++count;
  CHECK(count == 2);
  CHECK_THROWS_WITH(tx.read(QStringLiteral("SELECT n FROM no_such_table WHERE n > ?"), {0}),
                    Catch::Contains("no_such_table"));
}

TEST_CASE("a read whose rows were not all read holds nothing past its transaction") {
  ServerFixture f;
  createTable(f.db(), QStringLiteral("CREATE TABLE partly_read (n INTEGER NOT NULL)"));
  const auto append = [&f](int n) {  // through another connection
    std::thread([&f, n] {
      Transaction tx(f.db(), Transaction::Mode::Write);
      tx.write(QStringLiteral("INSERT INTO partly_read (n) VALUES (?)"), {n});
      tx.commit();
    }).join();
  };
  append(1);
  append(2);
  const QString read = QStringLiteral("SELECT n FROM partly_read WHERE n > ? ORDER BY n");
  {
    Transaction tx(f.db(), Transaction::Mode::Read);
    ReadRows rows = tx.read(read, {0});
    REQUIRE(rows.next());  // the first of two rows, and no more
    tx.commit();
  }
  append(3);
  Transaction tx(f.db(), Transaction::Mode::Read);
  ReadRows rows = tx.read(read, {0});
  int count = 0;
  while (rows.next()) ++count;
  CHECK(count == 3);         // a snapshot kept by the unfinished read would show two
  CHECK_FALSE(rows.next());  // and reading past the end does not run the statement again
  tx.commit();
}

TEST_CASE("an SQLite connection whose statements ran past Qt is closed for good") {
  if (testing::testsOnPostgres()) return;  // storage::SqliteStatements serve SQLite connections only
  ServerFixture f;
  createTable(f.db(), QStringLiteral("CREATE TABLE closing_in (n INTEGER NOT NULL)"));
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    tx.write(QStringLiteral("INSERT INTO closing_in (n) VALUES (?)"), {1});
    ReadRows rows = tx.read(QStringLiteral("SELECT n FROM closing_in WHERE n = ?"), {1});
    REQUIRE(rows.next());
    tx.commit();
  }
  const QString log = f.db().spec().location + QStringLiteral("-wal");
  REQUIRE(QFile::exists(log));
  // SQLite refuses to close a connection whose statements are not finalized, and Qt only notes the refusal.
  // The last connection to close folds the log into the file and removes it: a refused one never does.
  f.db().closeConnection();
  CHECK_FALSE(QFile::exists(log));
  // And the next connection works.
  QSqlQuery count = sql::run(f.db().connection(), QStringLiteral("SELECT COUNT(*) FROM closing_in"));
  REQUIRE(count.next());
  CHECK(count.value(0).toInt() == 1);
}

TEST_CASE("on PostgreSQL, reads travel as parameters of a statement prepared once, not as SQL text") {
  if (!testing::testsOnPostgres()) return;  // SQLite takes parameters by position (storage::SqliteStatements)
  ServerFixture f;
  Transaction tx(f.db(), Transaction::Mode::Read);
  const QString read = QStringLiteral("SELECT n FROM generate_series(1, 5) AS n WHERE n > ?");
  for (int above = 0; above < 3; ++above) {
    ReadRows rows = tx.read(read, {above});
    int count = 0;
    while (rows.next()) ++count;
    CHECK(count == 5 - above);
  }
  // Prepared once, through the protocol rather than PREPARE.
  CHECK(preparedThroughProtocol(tx, QStringLiteral("SELECT n FROM generate_series")) == std::pair(1, true));
}

TEST_CASE("a write whose statement failed to prepare is prepared again when it next runs") {
  ServerFixture f;
  const QString insert = QStringLiteral("INSERT INTO later_in (n) VALUES (?)");
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    CHECK_THROWS_AS((tx.write(insert, {1}), tx.commit()), StorageError);  // no such table yet
  }
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    sql::run(tx.connection(), QStringLiteral("CREATE TABLE later_in (n INTEGER NOT NULL)"));
    tx.write(insert, {7});
    tx.commit();
  }
  QSqlQuery sum = sql::run(f.db().connection(), QStringLiteral("SELECT SUM(n) FROM later_in"));
  REQUIRE(sum.next());
  CHECK(sum.value(0).toInt() == 7);
}

TEST_CASE("rotating the epoch gives a new one") {
  ServerFixture f;
  Transaction tx(f.db(), Transaction::Mode::Write);
  MetaRepository meta(tx);
  const QString before = meta.epoch();
  const QString after = meta.rotateEpoch();
  CHECK(after != before);
  CHECK(meta.epoch() == after);
}

TEST_CASE("every thread reads and writes through its own connection") {
  ServerFixture f;
  const Device device = f.enrolDevice(QStringLiteral("05449-1"));
  std::vector<std::thread> threads;
  std::atomic<int> accepted{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&f, &accepted, t] {
      const Device own = f.enrolDevice(QStringLiteral("05449-%1").arg(t % 3 + 1));
      for (quint64 seq = 1; seq <= 5; ++seq) {
        const PushBatchResult result =
            f.push(own, {ServerFixture::item(seq, ServerFixture::newActivity(own.unitId))});
        if (result.results.size() == 1 && result.results[0].outcome == PushOutcome::Accepted) ++accepted;
      }
    });
  for (std::thread& thread : threads) thread.join();
  CHECK(accepted == 20);
  CHECK(f.versionCount() == 20);
  (void)device;
}
