#include "test_database.h"

#include "postgres_instance.h"

#include <QFile>
#include <QSqlError>
#include <QUrl>
#include <stdexcept>

namespace sohoi::testing {

namespace {

// The server sohoi-test-postgres started for this CTest run: its port (0 when there is none) and folder,
// which holds its socket. The state file reads "PORT PID FOLDER".
struct SharedServer {
  quint16 port = 0;
  QString folder;
};

SharedServer sharedServer() {
  const QString stateFile = qEnvironmentVariable("SOHOI_TEST_POSTGRES");
  if (stateFile.isEmpty()) return {};
  QFile state(stateFile);
  if (!state.open(QIODevice::ReadOnly))
    throw std::runtime_error("SOHOI_TEST_POSTGRES names " + stateFile.toStdString() +
                             ", which cannot be read: did the \"pg: start PostgreSQL\" test run?");
  const QList<QByteArray> fields = state.readLine().trimmed().split(' ');
  return {static_cast<quint16>(fields.value(0).toUInt()), QString::fromLocal8Bit(fields.value(2))};
}

const QString kSqlite = QStringLiteral("sqlite:");

bool isSqlite(const QString& spec) { return spec.startsWith(kSqlite); }

QString databaseName(const QString& spec) { return QUrl(spec).path().mid(1); }

}  // namespace

bool testsOnPostgres() {
  return qEnvironmentVariable("SOHOI_TEST_DB") == QLatin1String("postgres") ||
         !qEnvironmentVariable("SOHOI_TEST_POSTGRES").isEmpty();
}

QString freshDatabaseSpec(const QString& sqlitePath) {
  if (!testsOnPostgres()) return kSqlite + sqlitePath;
  if (const quint16 port = sharedServer().port) return PostgresInstance::createDatabaseAt(port);
  return PostgresInstance::shared().createDatabase();
}


QString siblingDatabaseSpec(const QString& spec, const QString& name) {
  if (isSqlite(spec))
    return kSqlite + spec.mid(kSqlite.size()).section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + name +
           QStringLiteral(".db");
  QUrl sibling(spec);
  sibling.setPath(QStringLiteral("/%1_%2").arg(databaseName(spec), name));
  return sibling.toString();
}

QString throughSocket(const QString& spec) {
  const SharedServer shared = sharedServer();
  const QString folder = shared.port ? shared.folder : PostgresInstance::shared().folder();
  QUrl socket(spec);
  socket.setQuery(QStringLiteral("host=") + folder);
  return socket.toString();
}

void copyDatabase(const QString& fromSpec, const QString& toSpec) {
  if (isSqlite(fromSpec)) {
    const QString from = fromSpec.mid(kSqlite.size());
    const QString to = toSpec.mid(kSqlite.size());
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
      QFile::remove(to + suffix);
      if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
        throw std::runtime_error("cannot copy " + (from + suffix).toStdString());
    }
    return;
  }
  // Names made by freshDatabaseSpec and siblingDatabaseSpec: letters, digits and underscores only.
  const auto port = static_cast<quint16>(QUrl(toSpec).port());
  PostgresInstance::runMaintenance(port, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(databaseName(toSpec)));
  PostgresInstance::runMaintenance(
      port, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(databaseName(toSpec), databaseName(fromSpec)));
}

QSqlDatabase connectTo(const QString& spec, const QString& connectionName) {
  QSqlDatabase db;
  if (isSqlite(spec)) {
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(spec.mid(kSqlite.size()));
  } else {
    const QUrl url(spec);
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(databaseName(spec));
  }
  if (!db.open()) throw std::runtime_error("cannot open " + spec.toStdString() + ": " + db.lastError().text().toStdString());
  return db;
}

}  // namespace sohoi::testing
