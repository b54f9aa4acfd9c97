#include "database_spec.h"

namespace sohoi::server {

std::optional<DatabaseSpec> DatabaseSpec::parse(const QString& spec, QString* error) {
  const qsizetype colon = spec.indexOf(QLatin1Char(':'));
  const QString scheme = colon < 0 ? QString() : spec.left(colon);
  const QString rest = colon < 0 ? QString() : spec.mid(colon + 1);
  DatabaseSpec parsed;
  parsed.text = spec;
  parsed.location = rest;
  if (scheme == QLatin1String("sqlite")) {
    parsed.backend = DatabaseBackend::Sqlite;
  } else if (scheme == QLatin1String("postgres") || scheme == QLatin1String("postgresql")) {
    parsed.backend = DatabaseBackend::Postgres;
  } else {
    if (error)
      *error = QStringLiteral("Không hiểu địa chỉ cơ sở dữ liệu \"%1\": dùng sqlite:ĐƯỜNG_DẪN / "
                              "Unknown database spec \"%1\": use sqlite:PATH")
                   .arg(spec);
    return std::nullopt;
  }
  if (parsed.location.isEmpty()) {
    if (error)
      *error = QStringLiteral("Thiếu đường dẫn trong \"%1\" / Missing location in \"%1\"").arg(spec);
    return std::nullopt;
  }
  return parsed;
}

}  // namespace sohoi::server
