#pragma once
// Writes synthetic records straight into the server's tables, as versions and heads in feed order, inside
// the caller's one transaction (the demo loads tens of thousands of rows in seconds this way). Ids are
// UUIDv7 drawn from a seeded generator, so the same seed gives the same database.
#include "domain/record_version.h"
#include "storage/feed_counter.h"
#include "storage/record_repository.h"

#include <QDate>
#include <random>

namespace sohoi::server {

class Transaction;

class DemoWriter {
 public:
  DemoWriter(Transaction& tx, quint64 seed);

  /// Stores a record's first version dated on `date` (its id's time and HLC); returns the record id.
  QString add(RecordKind kind, const QString& unitId, const QVariantMap& fields, const QDate& date);
  /// Writes the feed counter back. REQUIRES: called once, after the last add.
  void finish() { positions_.store(); }
  int count() const { return count_; }
  /// A UUIDv7 whose time is the day's noon, the rest from the generator.
  QString uuidAt(const QDate& date);
  std::mt19937_64& random() { return random_; }

 private:
  RecordRepository records_;
  FeedCounter positions_;
  std::mt19937_64 random_;
  QString authorId_;
  QString deviceId_;
  quint16 counter_ = 0;
  int count_ = 0;
};

}  // namespace sohoi::server
