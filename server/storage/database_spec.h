#pragma once
// "sqlite:PATH" today; "postgres:..." is parsed so the error can say it is not available yet, and new
// schemes slot in here without touching callers.
#include <QString>
#include <optional>

namespace sohoi::server {

enum class DatabaseBackend { Sqlite, Postgres };

struct DatabaseSpec {
  DatabaseBackend backend = DatabaseBackend::Sqlite;
  QString location;  // SQLite: the file path; PostgreSQL: the connection options after "postgres:"
  QString text;      // the spec as given

  /// Parses spec; on failure returns nothing and sets *error (Vietnamese / English).
  static std::optional<DatabaseSpec> parse(const QString& spec, QString* error);
};

}  // namespace sohoi::server
