#pragma once
// Enrolment (DESIGN §5, Auth): district staff issue a one-time code for a person and unit; a device
// exchanges it for a credential it sends on every call. Only a SHA-256 of the credential is stored.
// Thread-safe.
#include "result.h"

#include "audit/audit_trail.h"
#include "storage/device_repository.h"

#include "auth/role.h"
#include "domain/org_unit.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sohoi::server {

class Database;
class Transaction;

struct IssuedCode {
  QString code;      // 8 characters without look-alikes (no 0/O, 1/I)
  QString personId;  // the account made for the person
  QString unitId;
  qint64 expiresAt = 0;  // ms since the Unix epoch
};

struct EnrolledDevice {
  Device device;
  QString credential;   // the bearer token; shown once, never stored
  QString serverEpoch;  // the database's epoch, read in the enrolment's transaction
};

class Enrolment {
 public:
  static constexpr int kDefaultValidDays = 7;

  explicit Enrolment(Database& database) : database_(database) {}

  /// Creates an account for personName in unitId, in role (by default the unit level's, defaultRoleAt),
  /// and a one-time code for it, and writes the act to the audit log as done by `by`. Refuses an unknown
  /// unit (UnknownUnit), a closed one (InvalidField "unit", naming its successor), an empty name
  /// (InvalidField).
  Result<IssuedCode> issueCode(const QString& unitId, const QString& personName, std::optional<Role> role = {},
                               int validDays = kDefaultValidDays, const Actor& by = Actor::console());
  /// Turns a code into a device. Refuses unknown or used codes (BadEnrolmentCode), expired ones
  /// (ExpiredEnrolmentCode). Case, spaces and dashes in the code are ignored. A used code sent again with
  /// the non-empty attemptId it was used with answers the same device with a new credential (the earlier
  /// one stops working), while the code is unexpired and the device active and not yet heard from: the
  /// first answer was lost on its way. Any other reuse is BadEnrolmentCode.
  Result<EnrolledDevice> enrol(const QString& code, const QString& deviceName, const QByteArray& attemptId = {});
  /// The device holding credential, its unitId the scope it works in today: the unit it was enrolled at,
  /// or that unit's (last) successor once it is closed. Unknown → Unauthenticated; revoked → Revoked.
  Result<Device> authenticate(const QString& credential);
  /// Revokes a device: its next call is refused; the act is audited as done by `by`. When it was revoked;
  /// nothing when the device is unknown or was revoked already.
  std::optional<qint64> revoke(const QString& deviceId, const Actor& by = Actor::console());

  /// The unit at unitId, where someone may be enrolled (or given an account); else why not: UnknownUnit,
  /// or a closed unit naming its successor. Reads tx.
  static Result<OrgUnit> unitToEnrolAt(Transaction& tx, const QString& unitId);
  /// The stored device as it works today: its scope follows today's tree (a unit merged away since its
  /// enrolment hands over to its successor). Unknown → Unauthenticated; revoked → Revoked; its account
  /// disabled → AccountDisabled. Reads tx.
  static Result<Device> workingDevice(Transaction& tx, std::optional<Device> device);

  Database& database() { return database_; }

 private:
  Database& database_;
};

}  // namespace sohoi::server
