#pragma once
// Versions whose device clock looked wrong (DESIGN §5 "Clocks"): stored all the same, and listed here so
// staff can find the tablets whose clock needs setting. Written in the push's own transaction.
#include <QString>
#include <optional>
#include <vector>

namespace sohoi::server {

class Transaction;

/// One flagged version, with who and where it came from.
struct ClockFlag {
  QString deviceId;
  QString personName;
  QString unitId;
  QString unitName;
  QString recordId;
  QString versionId;
  qint64 stampMs = 0;                  // the version's own time (its hybrid logical clock), as the device set it
  qint64 flaggedAt = 0;                // server time when it arrived
  std::optional<qint64> clockOffsetMs; // server time minus the device's clock at that push, when it said
};

class ClockFlagRepository {
 public:
  explicit ClockFlagRepository(Transaction& tx) : tx_(tx) {}

  /// REQUIRES: a write transaction; the version is stored.
  void insert(const QString& deviceId, quint64 seq, const QString& versionId, std::optional<qint64> deviceTimeMs,
              qint64 at);
  /// The newest first, at most limit; only deviceId's when it is not empty.
  std::vector<ClockFlag> newest(const QString& deviceId, int limit);

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
