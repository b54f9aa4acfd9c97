// Opening, migrating and sharing the server database.
#include "server_fixture.h"
#include "test_database.h"

#include "storage/meta_repository.h"
#include "storage/migrations.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <thread>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::ServerFixture;

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

TEST_CASE("an unknown database scheme is refused with a clear error") {
  QString error;
  CHECK_FALSE(Database::open(QStringLiteral("mysql:/tmp/x"), &error));
  CHECK(error.contains(QStringLiteral("sqlite:PATH")));
  CHECK_FALSE(Database::open(QStringLiteral("postgres:host=localhost"), &error));
  CHECK(error.contains(QStringLiteral("PostgreSQL")));
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
