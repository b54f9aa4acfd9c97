#include "database_spec.h"

#include <QUrl>
#include <QUrlQuery>

namespace sohoi::server {

namespace {

QString unknownSpec(const QString& spec) {
  return QStringLiteral("Không hiểu địa chỉ cơ sở dữ liệu \"%1\": dùng sqlite:ĐƯỜNG_DẪN hoặc "
                        "postgresql://NGƯỜI_DÙNG@MÁY:CỔNG/CSDL / Unknown database spec \"%1\": use sqlite:PATH or "
                        "postgresql://USER@HOST:PORT/DB")
      .arg(spec);
}

bool refuse(QString* error, const QString& message) {
  if (error) *error = message;
  return false;
}

bool parsePostgres(const QString& spec, DatabaseSpec* parsed, QString* error) {
  const QUrl url(spec, QUrl::StrictMode);
  const QString dbName = url.path().mid(1);
  if (!url.isValid() || url.host().isEmpty() || url.userName().isEmpty() || dbName.isEmpty() ||
      dbName.contains(QLatin1Char('/')))
    return refuse(error, unknownSpec(spec));
  if (!url.password().isEmpty())
    return refuse(error, QStringLiteral("Không ghi mật khẩu trong địa chỉ cơ sở dữ liệu: dùng ?password_file=TỆP "
                                        "hoặc PGPASSWORD / Do not put the password in the database spec: use "
                                        "?password_file=FILE or PGPASSWORD"));
  const QUrlQuery query(url);
  QString socketDirectory;
  for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
    if (key == QLatin1String("host")) {
      if (!value.startsWith(QLatin1Char('/')))
        return refuse(error,
                      QStringLiteral("host= phải là thư mục ổ cắm của PostgreSQL (đường dẫn tuyệt đối), "
                                     "không phải \"%1\" / host= must be PostgreSQL's socket directory "
                                     "(an absolute path), not \"%1\"")
                          .arg(value));
      socketDirectory = value;
    } else if (key == QLatin1String("password_file")) {
      parsed->passwordFile = value;
    } else {
      return refuse(error, QStringLiteral("Không hiểu tùy chọn \"%1\" (chỉ có password_file, host) / "
                                          "Unknown option \"%1\" (only password_file, host)")
                               .arg(key));
    }
  }
  parsed->backend = DatabaseBackend::Postgres;
  parsed->user = url.userName();
  // A server on the same machine is reached through its socket (libpq takes a host that is a path for the
  // socket's directory): no TCP on either side, a tenth less CPU per sync for the server and the database.
  parsed->host = socketDirectory.isEmpty() ? url.host() : socketDirectory;
  parsed->port = url.port(5432);
  parsed->name = dbName;
  parsed->location = QStringLiteral("%1:%2/%3").arg(parsed->host).arg(parsed->port).arg(dbName);
  return true;
}

}  // namespace

std::optional<DatabaseSpec> DatabaseSpec::parse(const QString& spec, QString* error) {
  const qsizetype colon = spec.indexOf(QLatin1Char(':'));
  const QString scheme = colon < 0 ? QString() : spec.left(colon);
  DatabaseSpec parsed;
  parsed.text = spec;
  if (scheme == QLatin1String("postgres") || scheme == QLatin1String("postgresql")) {
    if (!parsePostgres(spec, &parsed, error)) return std::nullopt;
    return parsed;
  }
  if (scheme != QLatin1String("sqlite")) {
    refuse(error, unknownSpec(spec));
    return std::nullopt;
  }
  parsed.location = spec.mid(colon + 1);
  if (parsed.location.isEmpty()) {
    refuse(error, QStringLiteral("Thiếu đường dẫn trong \"%1\" / Missing location in \"%1\"").arg(spec));
    return std::nullopt;
  }
  return parsed;
}

}  // namespace sohoi::server
