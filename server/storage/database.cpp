#include "database.h"

#include "migrations.h"
#include "sql.h"
#include "storage_error.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <atomic>

namespace sohoi::server {

namespace {

std::atomic<quint64> nextDatabaseId{1};
std::atomic<quint64> nextThreadId{1};

// Closes this thread's connections when the thread ends (gRPC's sync server starts and stops threads as
// load changes). C++ thread_local destructors run before Qt's own per-thread cleanup.
struct ThreadConnections {
  quint64 threadId = nextThreadId++;
  QStringList names;
  ~ThreadConnections() {
    for (const QString& name : names) QSqlDatabase::removeDatabase(name);
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
      writerMutex_(writerMutexFor(QFileInfo(spec_.location).absoluteFilePath())) {}

Database::~Database() {
  // Only this thread's connection can be closed here; others close when their threads end.
  const QString name = connectionName();
  if (threadConnections.names.removeAll(name) > 0) QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Database> Database::open(const QString& specText, QString* error) {
  std::optional<DatabaseSpec> spec = DatabaseSpec::parse(specText, error);
  if (!spec) return nullptr;
  if (spec->backend != DatabaseBackend::Sqlite) {
    if (error)
      *error = QStringLiteral("Chưa hỗ trợ PostgreSQL trong phiên bản này / "
                              "The PostgreSQL backend is not available in this version yet");
    return nullptr;
  }
  if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
    if (error)
      *error = QStringLiteral("Thiếu trình điều khiển SQLite của Qt (QSQLITE) / "
                              "Qt's SQLite driver (QSQLITE) is missing");
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

QSqlDatabase Database::connection() {
  const QString name = connectionName();
  if (threadConnections.names.contains(name)) return QSqlDatabase::database(name, false);

  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
  threadConnections.names.append(name);
  db.setDatabaseName(spec_.location);
  db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
  if (!db.open())
    throw StorageError(QStringLiteral("Không mở được cơ sở dữ liệu %1 / Cannot open database %1: %2")
                           .arg(spec_.location, db.lastError().text()));
  // WAL lets readers (pulls) run while one writer (a push) commits; NORMAL is durable across process
  // crashes in WAL mode, which is the failure the sync invariants are about.
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000"}) {
    QSqlQuery query(db);
    if (!query.exec(QString::fromLatin1(pragma)))
      throw StorageError(QStringLiteral("%1: %2").arg(QString::fromLatin1(pragma), query.lastError().text()));
  }
  return db;
}

int Database::schemaVersion() { return currentSchemaVersion(*this); }

}  // namespace sohoi::server
