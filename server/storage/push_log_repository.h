#pragma once
// What the server answered each device for each sequence number, and the device's last stored sequence:
// written in the same transaction as the versions, so a replay is answered exactly as the first time.
// Only answers other than a plain acceptance are kept: a sequence number at or below the device's last
// one with nothing logged was accepted. Nearly every answer is a plain acceptance, and keeping one row for
// each was a twentieth of the server's work on a day's push and a row for every record the province saves.
#include "domain/rejection.h"

#include <QString>
#include <vector>

namespace sohoi::server {

class Transaction;

/// Mirrors sohoi.v1.Outcome value for value.
enum class PushOutcome { Accepted = 1, Merged = 2, Conflict = 3, Rejected = 4 };

struct LoggedResult {
  PushOutcome outcome = PushOutcome::Accepted;
  Rejection rejection;  // code None unless rejected or a conflict with a reason
};

class PushLogRepository {
 public:
  explicit PushLogRepository(Transaction& tx) : tx_(tx) {}

  /// The device's last stored sequence (0 before its first push); DeviceRepository::recordPush moves it.
  quint64 lastSeq(const QString& deviceId);
  /// The answer given for seq. REQUIRES: seq is at or below the device's last stored sequence.
  LoggedResult answerFor(const QString& deviceId, quint64 seq);
  /// Keeps the answers for the consecutive sequence numbers firstSeq, firstSeq + 1, … that are not a plain
  /// acceptance, in few statements.
  void insertFrom(const QString& deviceId, quint64 firstSeq, const std::vector<LoggedResult>& results);

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
