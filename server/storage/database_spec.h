#pragma once
// Where the server's data lives, as given on the command line:
//   sqlite:PATH                                         an embedded SQLite file
//   postgresql://USER@HOST:PORT/DB[?password_file=FILE][&host=DIR] a PostgreSQL database ("postgres://"
//     too); the password, if the server asks for one, comes from the first line of FILE or, without it,
//     from libpq's own PGPASSWORD or ~/.pgpass. Never in the spec itself: command lines are visible to
//     every user. host=DIR (an absolute path): the server is on this machine, reached through its socket
//     in DIR (e.g. /var/run/postgresql) instead of HOST; PORT still names the socket.
#include <QString>
#include <optional>

namespace sohoi::server {

enum class DatabaseBackend { Sqlite, Postgres };

struct DatabaseSpec {
  DatabaseBackend backend = DatabaseBackend::Sqlite;
  QString location;  // SQLite: the file path; PostgreSQL: HOST:PORT/DB, which names the database
  QString text;      // the spec as given
  // PostgreSQL only.
  QString user;
  QString host;  // a name or address, or the socket's directory (an absolute path)
  int port = 5432;
  QString name;          // the database
  QString passwordFile;  // empty: libpq's defaults

  /// Parses spec; on failure returns nothing and sets *error (Vietnamese / English).
  static std::optional<DatabaseSpec> parse(const QString& spec, QString* error);
};

}  // namespace sohoi::server
