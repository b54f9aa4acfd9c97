#include "database_health.h"

#include "storage/postgres_connection.h"
#include "storage/storage_error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <atomic>
#include <grpcpp/health_check_service_interface.h>

namespace sohoi::server {

namespace {

std::atomic<int> nextProbeId{1};

// SQLite opens a file that is not there as a new, empty database, and answers "SELECT 1" without reading
// the file at all: its probe opens read-only and reads the schema, so a missing or unreadable file fails.
QSqlDatabase addConnection(const DatabaseSpec& spec, const QString& name) {
  if (spec.backend == DatabaseBackend::Postgres) return openPostgresConnection(spec, name);  // throws
  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
  db.setDatabaseName(spec.location);
  db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
  db.open();
  return db;
}

QString probeQuery(const DatabaseSpec& spec) {
  return spec.backend == DatabaseBackend::Postgres ? QStringLiteral("SELECT 1")
                                                   : QStringLiteral("SELECT count(*) FROM sqlite_master");
}

}  // namespace

DatabaseHealth::DatabaseHealth(DatabaseSpec spec, grpc::HealthCheckServiceInterface& health,
                               std::chrono::milliseconds interval)
    : spec_(std::move(spec)), health_(health), connectionName_(QStringLiteral("sohoi-health-%1").arg(nextProbeId++)) {
  probes_.emplace("sohoi-health", interval, [this] { check(); });
}

DatabaseHealth::~DatabaseHealth() {
  probes_.reset();  // joins the probe thread: nobody uses the connection any more
  QSqlDatabase::removeDatabase(connectionName_);
}

void DatabaseHealth::check() {
  const bool serving = probe();
  // Only changes are set: a health Watch then streams one answer per change, not one per probe.
  if (serving != reported_) health_.SetServingStatus(serving);
  reported_ = serving;
}

bool DatabaseHealth::probe() {
  bool answered = false;
  {
    QSqlDatabase db = QSqlDatabase::contains(connectionName_) ? QSqlDatabase::database(connectionName_, false)
                                                              : QSqlDatabase();
    try {
      if (!db.isValid()) db = addConnection(spec_, connectionName_);
      answered = db.isOpen() && QSqlQuery(db).exec(probeQuery(spec_));
    } catch (const StorageError&) {
      answered = false;  // openPostgresConnection has removed the connection again
    }
  }
  if (!answered) QSqlDatabase::removeDatabase(connectionName_);
  return answered;
}

}  // namespace sohoi::server
