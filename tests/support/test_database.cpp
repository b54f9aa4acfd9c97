#include "test_database.h"

#include "postgres_instance.h"

namespace sohoi::testing {

bool testsOnPostgres() { return qEnvironmentVariable("SOHOI_TEST_DB") == QLatin1String("postgres"); }

QString freshDatabaseSpec(const QString& sqlitePath) {
  if (testsOnPostgres()) return PostgresInstance::shared().createDatabase();
  return QStringLiteral("sqlite:") + sqlitePath;
}

}  // namespace sohoi::testing
