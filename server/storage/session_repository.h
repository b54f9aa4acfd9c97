#pragma once
// Signed-in sessions of people at desktops (phiên đăng nhập): only a SHA-256 of each token is stored. A
// session syncs as its account's workstation device: the device row kept per account and workstation name,
// so signing in again on the same computer continues that device's push sequence.
#include <QString>
#include <optional>

namespace sohoi::server {

class Transaction;

struct Session {
  QString id;        // UUIDv7; named in the audit log, never a secret
  QString personId;
  QString deviceId;  // the workstation's device row: what the session pushes and pulls as
  qint64 createdAt = 0;  // ms since the Unix epoch
  qint64 expiresAt = 0;
  qint64 endedAt = 0;    // when signed out or its account disabled; 0 while open

  bool ended() const { return endedAt != 0; }
};

class SessionRepository {
 public:
  explicit SessionRepository(Transaction& tx) : tx_(tx) {}

  /// REQUIRES: a write transaction; session.id and tokenHash unique.
  void insert(const Session& session, const QString& tokenHash);
  std::optional<Session> findByTokenHash(const QString& tokenHash);
  /// Ends an open session at `at`; false when unknown or ended already.
  bool end(const QString& id, qint64 at);
  /// Ends every open session of the person at `at`.
  void endAllOf(const QString& personId, qint64 at);
  /// Removes the sessions that ended (signed out or expired) before `before`; the audit log keeps their
  /// sign-ins and sign-outs. REQUIRES: a write transaction.
  void removeEndedBefore(qint64 before);

  /// The device the person's workstation of this name syncs as, if it has signed in there before.
  std::optional<QString> workstationDevice(const QString& personId, const QString& workstation);
  /// Makes deviceId the device of the person's workstation (replacing a revoked one).
  void bindWorkstation(const QString& personId, const QString& workstation, const QString& deviceId);

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
