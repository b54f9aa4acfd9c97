#include "test_database.h"

#include "postgres_instance.h"

#include <QFile>
#include <stdexcept>

namespace sohoi::testing {

namespace {

// The port of the server sohoi-test-postgres started for this CTest run, or 0 when there is none.
quint16 sharedServerPort() {
  const QString stateFile = qEnvironmentVariable("SOHOI_TEST_POSTGRES");
  if (stateFile.isEmpty()) return 0;
  QFile state(stateFile);
  if (!state.open(QIODevice::ReadOnly))
    throw std::runtime_error("SOHOI_TEST_POSTGRES names " + stateFile.toStdString() +
                             ", which cannot be read: did the \"pg: start PostgreSQL\" test run?");
  return static_cast<quint16>(state.readLine().split(' ').value(0).toUInt());
}

}  // namespace

bool testsOnPostgres() {
  return qEnvironmentVariable("SOHOI_TEST_DB") == QLatin1String("postgres") ||
         qEnvironmentVariableIsSet("SOHOI_TEST_POSTGRES");
}

QString freshDatabaseSpec(const QString& sqlitePath) {
  if (!testsOnPostgres()) return QStringLiteral("sqlite:") + sqlitePath;
  if (const quint16 port = sharedServerPort()) return PostgresInstance::createDatabaseAt(port);
  return PostgresInstance::shared().createDatabase();
}

}  // namespace sohoi::testing
