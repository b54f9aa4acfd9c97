#pragma once
// Database-wide settings: the epoch every cursor carries (DESIGN §5, server restore). Read once per
// transaction (Transaction::metaRows).
#include <QString>
#include <optional>

namespace sohoi::server {

class Transaction;

class MetaRepository {
 public:
  explicit MetaRepository(Transaction& tx) : tx_(tx) {}

  std::optional<QString> value(const QString& key);
  void setValue(const QString& key, const QString& value);
  /// The database's epoch (made with the database).
  QString epoch();
  /// Gives the database a new epoch, so every device's cursor is refused and devices re-download and
  /// re-send. For a database restored from a backup. Returns the new epoch. REQUIRES: a write transaction.
  QString rotateEpoch();

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
