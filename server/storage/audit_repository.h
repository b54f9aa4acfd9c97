#pragma once
// The audit log (nhật ký quản trị): one row per privileged act — who, from which device or session, what,
// on what, when, and how it ended. Rows are only ever added.
#include <QString>
#include <vector>

namespace sohoi::server {

class Transaction;

struct AuditEntry {
  QString id;  // UUIDv7, so ids sort as the entries were written
  qint64 at = 0;  // ms since the Unix epoch
  QString actorPersonId;   // empty for the admin console and for a sign-in by a name no account has
  QString actorName;       // the person's name, "sohoi-admin" for the console, or the user name tried
  QString actorDeviceId;   // the device (or a session's workstation device) it came from; may be empty
  QString actorSessionId;  // the signed-in session, when it came through one
  QString act;             // what was done: a name of audit/audit_trail.h, e.g. "issue_code"
  QString target;          // on what: a person, device, record or user name
  QString targetUnitId;    // the unit the target belongs to; who may read the entry follows from it
  QString detail;          // a short description for people
  QString outcome;         // "ok", or the reason name it was refused with, e.g. "SIGN_IN_FAILED"
};

class AuditRepository {
 public:
  explicit AuditRepository(Transaction& tx) : tx_(tx) {}

  /// REQUIRES: a write transaction (the act's own, where it has one).
  void insert(const AuditEntry& entry);
  /// The newest entries, at most limit, newest first.
  std::vector<AuditEntry> newest(int limit);
  /// As newest, of the entries whose target unit's path matches scopePattern (subtreePattern()).
  std::vector<AuditEntry> newestWithin(const QString& scopePattern, int limit);

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
