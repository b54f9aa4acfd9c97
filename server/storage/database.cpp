#include "database.h"

#include "migrations.h"
#include "postgres_connection.h"
#include "sql.h"
#include "statement_cache.h"
#include "storage_error.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <atomic>
#include <vector>

namespace sohoi::server {

namespace {

std::atomic<quint64> nextDatabaseId{1};
std::atomic<quint64> nextThreadId{1};

// Closes this thread's connections when the thread ends (gRPC's sync server starts and stops threads as
// load changes). C++ thread_local destructors run before Qt's own per-thread cleanup. Statements and
// handles go first: Qt only closes a connection nobody uses any more.
struct ThreadConnection {
  QString name;
  std::unique_ptr<StatementCache> statements;  // holds the connection's only QSqlDatabase handle
};

struct ThreadConnections {
  quint64 threadId = nextThreadId++;
  std::vector<ThreadConnection> connections;

  ThreadConnection* find(const QString& name) {
    for (ThreadConnection& connection : connections)
      if (connection.name == name) return &connection;
    return nullptr;
  }
  void close(const QString& name) {
    for (auto it = connections.begin(); it != connections.end(); ++it) {
      if (it->name != name) continue;
      connections.erase(it);  // the statements and the handle go with it
      QSqlDatabase::removeDatabase(name);
      return;
    }
  }
  ~ThreadConnections() {
    while (!connections.empty()) close(QString(connections.back().name));
  }
};
thread_local ThreadConnections threadConnections;

std::shared_ptr<std::mutex> writerMutexFor(const QString& key) {
  static std::mutex registryMutex;
  static QHash<QString, std::weak_ptr<std::mutex>> registry;
  std::lock_guard lock(registryMutex);
  std::shared_ptr<std::mutex> mutex = registry.value(key).lock();
  if (!mutex) {
    mutex = std::make_shared<std::mutex>();
    registry.insert(key, mutex);
  }
  return mutex;
}

}  // namespace

Database::Database(DatabaseSpec spec)
    : spec_(std::move(spec)),
      namePrefix_(QStringLiteral("sohoi-server-%1").arg(nextDatabaseId++)),
      writerMutex_(writerMutexFor(spec_.backend == DatabaseBackend::Sqlite ? QFileInfo(spec_.location).absoluteFilePath()
                                                                           : spec_.location)) {}

Database::~Database() {
  // Only this thread's connection can be closed here; others close when their threads end.
  threadConnections.close(connectionName());
}

std::unique_ptr<Database> Database::open(const QString& specText, QString* error) {
  std::optional<DatabaseSpec> spec = DatabaseSpec::parse(specText, error);
  if (!spec) return nullptr;
  const bool sqlite = spec->backend == DatabaseBackend::Sqlite;
  const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
  if (!QSqlDatabase::isDriverAvailable(driver)) {
    if (error)
      *error = QStringLiteral("Thiếu trình điều khiển %1 của Qt (%2) / Qt's %1 driver (%2) is missing")
                   .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"), driver);
    return nullptr;
  }
  std::unique_ptr<Database> database(new Database(std::move(*spec)));
  try {
    migrateToLatest(*database);
  } catch (const StorageError& failure) {
    if (error) *error = QString::fromStdString(failure.what());
    return nullptr;
  }
  return database;
}

QString Database::connectionName() const {
  return namePrefix_ + QStringLiteral("-t%1").arg(threadConnections.threadId);
}

QSqlDatabase Database::connection() { return statements().connection(); }

StatementCache& Database::statements() {
  const QString name = connectionName();
  if (ThreadConnection* open = threadConnections.find(name)) return *open->statements;
  auto statements = std::make_unique<StatementCache>(openConnection(name));
  threadConnections.connections.push_back(ThreadConnection{name, std::move(statements)});
  return *threadConnections.connections.back().statements;
}

void Database::closeConnection() { threadConnections.close(connectionName()); }

QSqlDatabase Database::openConnection(const QString& name) {
  if (spec_.backend == DatabaseBackend::Postgres) return openPostgresConnection(spec_, name);
  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
  // A connection that failed half-way is removed, so the next call tries afresh.
  auto fail = [&](const QString& message) {
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return StorageError(message);
  };
  db.setDatabaseName(spec_.location);
  db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
  if (!db.open())
    throw fail(QStringLiteral("Không mở được cơ sở dữ liệu %1 / Cannot open database %1: %2")
                   .arg(spec_.location, db.lastError().text()));
  // WAL lets readers (pulls) run while one writer (a push) commits; NORMAL is durable across process
  // crashes in WAL mode, which is the failure the sync invariants are about. The page cache (4 MiB, negative
  // means KiB) is per connection and a server holds one per worker and background task: 16 MiB each made
  // caches the largest single part of a busy server's memory, for no ingest speed measurable over 4 MiB (the
  // operating system caches the file for every connection at once).
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000",
                             "PRAGMA cache_size=-4096", "PRAGMA temp_store=MEMORY"}) {
    QSqlQuery query(db);
    if (!query.exec(QString::fromLatin1(pragma))) {
      const QString message = QStringLiteral("%1: %2").arg(QString::fromLatin1(pragma), query.lastError().text());
      query = QSqlQuery();
      throw fail(message);
    }
  }
  return db;
}

int Database::schemaVersion() { return currentSchemaVersion(*this); }

void Database::refreshPlannerStatistics() {
  if (backend() == DatabaseBackend::Postgres) sql::run(connection(), QStringLiteral("ANALYZE"));
}

}  // namespace sohoi::server
