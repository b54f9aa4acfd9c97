#pragma once
// Plain values the local store reads and writes. They are domain types (no protobuf, no SQL), so the sync
// engine, the RPC wrapper and later the QML models can all speak them.
#include "domain/org_unit.h"
#include "domain/record_version.h"
#include "domain/rejection.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>
#include <vector>

namespace sohoi::client {

/// What the server did with one pushed mutation. Values mirror sohoi.v1.Outcome.
enum class Outcome { Accepted = 1, Merged = 2, Conflict = 3, Rejected = 4 };

/// A record's conflict flag as the server last reported it. Values mirror sohoi.v1.ConflictState.
enum class ConflictState { None = 0, Soft = 1, Hard = 2 };

/// One outbox entry: a version and the device's own increasing sequence number for it.
struct Mutation {
  quint64 seq = 0;
  RecordVersion version;
};

/// The server's answer for one mutation.
struct MutationResult {
  quint64 seq = 0;
  Outcome outcome = Outcome::Accepted;
  Rejection rejection;  // set when outcome is Rejected
};

/// One entry of the server's change feed, as pulled.
struct PulledChange {
  RecordVersion version;
  QString headVersionId;  // the record's head once this change is applied
  ConflictState conflict = ConflictState::None;
  /// The record left this device's scope: it is removed here; version holds only its record id.
  bool leftScope = false;
};

/// The device's enrolment: who it is, for whom it records, and where it syncs.
struct Account {
  QString deviceId;
  QString credential;  // secret bearer token
  QString personId;    // the author of everything recorded on this device
  QString personName;
  QString unitId;      // the device's scope
  QString serverAddress;
  QString serverEpoch;
  QString role;        // what the server lets it write (auth/role.h); empty when enrolled before roles
  QString certificatePin;  // the server certificate it trusts (net/certificate_pin.h); empty: authorities
  // A person signed in with an account at a desktop (the workspace) rather than an enrolled tablet: the
  // credential is a session token that expires, and the same workstation continues the same device.
  QString username;          // empty for an enrolled device
  qint64 sessionExpiresAtMs = 0;
  // The server already holds this device's mutations up to here (a workstation signed in before from
  // another store): new mutations are numbered after it, never answered "as before".
  quint64 sequenceFloor = 0;
  bool isEnrolled() const { return !credential.isEmpty(); }
  bool isWorkspace() const { return !username.isEmpty(); }
};

/// An evidence photo waiting to go up, and a record that lists it.
struct PhotoToSend {
  QString recordId;
  QString hash;
};

/// A record as the device shows it: its head version and its sync state.
struct StoredRecord {
  RecordVersion head;  // the version shown (the local edit while one is pending)
  ConflictState conflict = ConflictState::None;
  bool deleted = false;
  int pending = 0;       // outbox entries not yet acknowledged
  bool rejected = false; // the latest local edit was refused by the server
};

/// A version the server refused, with its reason; visible until the user edits the record.
struct RejectedItem {
  quint64 seq = 0;
  RecordVersion version;
  Rejection rejection;
};

/// A form as the user left it: raw values as typed (text, not yet typed or valid), not a record version.
struct Draft {
  QString key;       // "new:<kind>:<uuid>" for a new record (one per form), "edit:<record id>" for an edit
  QString kind;      // recordKindName
  QString recordId;  // the record being edited; empty for a new one
  QVariantMap values;
  qint64 updatedAt = 0;  // ms since the epoch
};

/// Outbox figures for a status line.
struct OutboxCounts {
  int pending = 0;       // not yet acknowledged
  int rejected = 0;      // refused and not yet superseded by an edit
  int acknowledged = 0;  // accepted, merged or kept as a conflict
};

/// A progress answer kept for offline reading, in its wire form (report/progress_codec.h reads it).
struct KeptProgressAnswer {
  QByteArray answer;
  qint64 fetchedAtMs = 0;  // when the device received it
};

}  // namespace sohoi::client
