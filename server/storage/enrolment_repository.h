#pragma once
// The one-time enrolment codes issued for people (their accounts: account_repository.h).
#include <QString>
#include <optional>
#include <vector>

namespace sohoi::server {

class Transaction;

struct EnrolmentCode {
  QString code;      // 8 characters from an unambiguous alphabet
  QString personId;
  QString unitId;
  qint64 createdAt = 0;
  qint64 expiresAt = 0;
  qint64 usedAt = 0;  // 0 while unused
  QString deviceId;   // the device it became
  QString attemptHash;  // SHA-256 (hex) of the attempt id it was used with; empty when none was sent
};

/// A code as an enrolment reads it: with the name and role of the account it was issued for (empty when
/// the account is gone), so that the enrolment needs no second read.
struct CodeToUse {
  EnrolmentCode code;
  QString personName;
  QString role;
};

class EnrolmentRepository {
 public:
  explicit EnrolmentRepository(Transaction& tx) : tx_(tx) {}

  /// False when the code already exists (the caller draws another).
  bool insertCode(const EnrolmentCode& code);
  /// The code with its account's name and role. This and markUsed, which an enrolment runs, go through the
  /// database's own API (Transaction::read): on PostgreSQL a round trip each, no SQL text to parse.
  std::optional<CodeToUse> findCode(const QString& code);
  /// Marks an unused code used by deviceId in the attempt hashed as attemptHash (empty: none sent); false
  /// when it was used already (two devices racing for one code).
  bool markUsed(const QString& code, qint64 at, const QString& deviceId, const QString& attemptHash);
  /// The codes issued at units whose path matches scopePattern (subtreePattern()), newest first.
  std::vector<EnrolmentCode> list(const QString& scopePattern);

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
