#include "postgres_connection.h"

#include "storage_error.h"

#include <QFile>
#include <QSqlError>

namespace sohoi::server {

namespace {

// The first line of the password file, as the admin tool reads its --password-file.
QString readPassword(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    throw StorageError(QStringLiteral("Không đọc được tệp mật khẩu %1 / Cannot read the password file %1: %2")
                           .arg(path, file.errorString()));
  return QString::fromUtf8(file.readLine()).trimmed();
}

}  // namespace

QSqlDatabase openPostgresConnection(const DatabaseSpec& spec, const QString& name) {
  const QString password = spec.passwordFile.isEmpty() ? QString() : readPassword(spec.passwordFile);
  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
  db.setHostName(spec.host);
  db.setPort(spec.port);
  db.setUserName(spec.user);
  db.setDatabaseName(spec.name);
  if (!password.isEmpty()) db.setPassword(password);
  // A server that does not answer is reported, not waited on for ever; notices (an index that exists
  // already) are not news.
  db.setConnectOptions(
      QStringLiteral("connect_timeout=10;application_name=sohoi;options='-c client_min_messages=warning'"));
  if (db.open()) return db;
  const QString reason = db.lastError().text();
  db = QSqlDatabase();
  QSqlDatabase::removeDatabase(name);
  throw StorageError(QStringLiteral("Không kết nối được PostgreSQL %1 / Cannot connect to PostgreSQL %1: %2")
                         .arg(spec.user + QLatin1Char('@') + spec.location, reason));
}

}  // namespace sohoi::server
