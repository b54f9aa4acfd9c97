#pragma once
// Opening one connection to a PostgreSQL database with Qt's QPSQL driver (libpq underneath).
#include "database_spec.h"

#include <QSqlDatabase>

namespace sohoi::server {

/// Adds and opens the connection called name for spec (a PostgreSQL spec); on failure removes it again and
/// throws StorageError (Vietnamese / English, with the server's reason).
QSqlDatabase openPostgresConnection(const DatabaseSpec& spec, const QString& name);

}  // namespace sohoi::server
