#pragma once
// Why something was refused, in words for people (Vietnamese first, then English) and a code for code.
#include <QString>
#include <optional>

namespace sohoi {

// Mirrors sohoi.v1.ReasonCode value for value; the wire codec relies on that.
enum class ReasonCode {
  None = 0,
  InvalidField = 1,
  UnknownUnit = 2,
  WrongUnitLevel = 3,
  OutOfScope = 4,
  UnknownBase = 5,
  KindMismatch = 6,
  IdReused = 7,
  Malformed = 8,
  UpdateNeeded = 9,
  Unauthenticated = 10,
  Revoked = 11,
  BadEnrolmentCode = 12,
  ExpiredEnrolmentCode = 13,
  SequenceGap = 14,
  TooLarge = 15,
  ImplausibleTime = 16,
  NotPermitted = 17,
  SignInFailed = 18,     // a wrong user name or password: the same answer for both
  AccountLocked = 19,    // too many failed sign-ins: locked until the time the message names
  SessionEnded = 20,     // a signed-in session expired or was signed out
  AccountDisabled = 21,  // the person's account was disabled: no sign-in, no device, no session
  NotFound = 22,         // no such device or account, or none the caller may see
  ServerBusy = 23,       // the server's work queue is full: nothing was done; come back after the delay it names
};

struct Rejection {
  ReasonCode code = ReasonCode::None;
  QString field;      // the offending field's schema name, for InvalidField
  QString messageVi;
  QString messageEn;

  /// "messageVi / messageEn", for logs and gRPC status messages.
  QString bilingual() const { return messageVi + QStringLiteral(" / ") + messageEn; }
};

/// A rejection with the standard words for code (the field, if any, is named in both languages).
Rejection rejectionFor(ReasonCode code, const QString& field = {});
/// InvalidField for a text over its bound: "<labelVi>: dài quá N ký tự" / "<labelEn>: is longer than N characters".
Rejection textTooLong(const QString& field, const QString& labelVi, const QString& labelEn, qint64 maxLength);
/// "INVALID_FIELD", "OUT_OF_SCOPE", …: the name used in the sohoi-reason trailer and in logs.
QString reasonCodeName(ReasonCode code);
/// The code named so (as in the sohoi-reason trailer); None for a name this build does not know.
ReasonCode reasonCodeFromName(const QString& name);

}  // namespace sohoi
