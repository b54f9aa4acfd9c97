#pragma once
// Enrolled devices: who holds them, their scope, their credential (only its SHA-256 is stored), and what
// the server last saw of them (sequence, time, clock offset).
#include "auth/role.h"

#include <QString>
#include <optional>
#include <vector>

namespace sohoi::server {

class Transaction;

/// What a device said of itself when a sync completed.
struct SyncReport {
  qint64 at = 0;  // server time, ms since the Unix epoch
  QString appVersion;
  quint32 pendingCount = 0;
  std::optional<qint64> clockOffsetMs;  // server minus device time, when the device sent its time
};

struct Device {
  QString id;              // UUIDv7, made by the server at enrolment
  QString personId;        // the author of everything recorded on this device
  QString personName;      // from the account
  Role role = Role::Member;  // from the account: what the device may write (auth/record_permissions.h)
  QString unitId;          // the device's scope: this unit and everything below it
  QString name;            // what the user called the device
  qint64 enrolledAt = 0;   // ms since the Unix epoch
  qint64 revokedAt = 0;    // 0 while active
  quint64 lastSeq = 0;     // the last mutation sequence stored from this device
  qint64 lastSeenAt = 0;   // 0 before the first call
  qint64 clockOffsetMs = 0;  // server time minus device time at the last push
  qint64 accountDisabledAt = 0;  // when its person's account was disabled; 0 while it may work
  qint64 lastSyncAt = 0;   // its last complete sync (pull to the end of the feed); 0 before the first
  QString appVersion;      // as the app said at that sync
  quint32 pendingCount = 0;  // records waiting on the device at that sync
  // unitId was closed when read (merged, dissolved): Enrolment::workingDevice follows its successors.
  bool unitClosed = false;

  bool revoked() const { return revokedAt != 0; }
};

class DeviceRepository {
 public:
  explicit DeviceRepository(Transaction& tx) : tx_(tx) {}

  /// REQUIRES: a write transaction; device.id and credentialHash unique.
  void insert(const Device& device, const QString& credentialHash);
  std::optional<Device> find(const QString& id);
  std::optional<Device> findByCredentialHash(const QString& credentialHash);
  /// Every device, most recently enrolled first.
  std::vector<Device> all();
  /// The devices enrolled at units whose path matches scopePattern (subtreePattern()), newest first.
  std::vector<Device> within(const QString& scopePattern);
  /// Gives an active device a new credential: the old one opens nothing from then on. False when the device
  /// is unknown or revoked. REQUIRES: a write transaction; credentialHash unique.
  bool replaceCredential(const QString& id, const QString& credentialHash);
  /// Marks the device revoked at `at`; false when unknown or already revoked.
  bool revoke(const QString& id, qint64 at);
  /// Remembers a push: the last sequence stored from the device, when it was seen, and its clock offset
  /// (kept as it was when the push did not say the device's time). One statement, as a push runs it.
  void recordPush(const QString& id, quint64 lastSeq, qint64 at, std::optional<qint64> clockOffsetMs);
  /// Remembers a complete sync: its time (also last seen), the app's version and what waits on the device.
  void recordSync(const QString& id, const SyncReport& report);

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
