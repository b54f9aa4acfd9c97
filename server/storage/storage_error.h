#pragma once
// Storage failures (disk, lock timeouts, a broken schema) travel as exceptions inside the server core:
// they abort the current transaction, which rolls back, and the RPC layer turns them into UNAVAILABLE so
// the device retries (every call is idempotent). Domain refusals are values (Rejection), never these.
#include <QString>
#include <stdexcept>

namespace sohoi::server {

class StorageError : public std::runtime_error {
 public:
  explicit StorageError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

}  // namespace sohoi::server
