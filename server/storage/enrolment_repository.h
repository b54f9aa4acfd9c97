#pragma once
// People with accounts (tài khoản) and the one-time enrolment codes issued for them.
#include <QString>
#include <optional>

namespace sohoi::server {

class Transaction;

struct Account {
  QString personId;  // UUIDv7
  QString fullName;
  QString role;      // "branch_leader", "full_time_cadre" or "member"
  QString unitId;
  qint64 createdAt = 0;
};

struct EnrolmentCode {
  QString code;      // 8 characters from an unambiguous alphabet
  QString personId;
  QString unitId;
  qint64 createdAt = 0;
  qint64 expiresAt = 0;
  qint64 usedAt = 0;  // 0 while unused
  QString deviceId;   // the device it became
};

class EnrolmentRepository {
 public:
  explicit EnrolmentRepository(Transaction& tx) : tx_(tx) {}

  void insertAccount(const Account& account);
  std::optional<Account> findAccount(const QString& personId);
  /// False when the code already exists (the caller draws another).
  bool insertCode(const EnrolmentCode& code);
  std::optional<EnrolmentCode> findCode(const QString& code);
  /// Marks an unused code used; false when it was used already (two devices racing for one code).
  bool markUsed(const QString& code, qint64 at, const QString& deviceId);

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
