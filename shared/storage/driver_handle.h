#pragma once
// The native connection a Qt SQL driver lends out (QSqlDriver::handle()), for the statements that run past
// Qt on the same connection (the server's PgNativeStatements, and SqliteStatements on both sides).
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace sohoi::storage {

/// db's connection as the driver's Handle (PGconn*, sqlite3*), or null when db has none of that type.
/// REQUIRES: Handle declared as a metatype as the driver declares it (Q_DECLARE_OPAQUE_POINTER and
/// Q_DECLARE_METATYPE), so the QVariant's type can be told.
template <typename Handle>
Handle driverHandle(const QSqlDatabase& db) {
  const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
  if (handle.metaType() != QMetaType::fromType<Handle>()) return nullptr;
  return *static_cast<const Handle*>(handle.constData());
}

}  // namespace sohoi::storage
