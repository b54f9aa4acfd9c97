#pragma once
// The outcome of a store or sync operation at a layer boundary: ok, or a stable code for code and words
// for a person in Vietnamese and English (LevelDB's Status, with the project's two languages).
#include "domain/rejection.h"

#include <QString>

namespace sohoi::client {

class Status {
 public:
  /// An ok status.
  Status() = default;

  static Status ok() { return {}; }
  /// An error with a stable code (e.g. "NEWER_DATABASE", "STORE_ERROR", or a ReasonCode name).
  static Status error(const QString& code, const QString& messageVi, const QString& messageEn,
                      ReasonCode reason = ReasonCode::None, const QString& field = {}) {
    Status status;
    status.code_ = code.isEmpty() ? QStringLiteral("ERROR") : code;
    status.messageVi_ = messageVi;
    status.messageEn_ = messageEn;
    status.reason_ = reason;
    status.field_ = field;
    return status;
  }
  /// The status for a refused record (validation, or the server's answer).
  static Status fromRejection(const Rejection& rejection) {
    return error(reasonCodeName(rejection.code), rejection.messageVi, rejection.messageEn, rejection.code,
                 rejection.field);
  }

  bool isOk() const { return code_.isEmpty(); }
  QString code() const { return code_; }
  ReasonCode reason() const { return reason_; }
  QString field() const { return field_; }
  QString messageVi() const { return messageVi_; }
  QString messageEn() const { return messageEn_; }
  /// "code: vi / en", for logs and test failure messages.
  QString toString() const {
    return isOk() ? QStringLiteral("OK") : code_ + QStringLiteral(": ") + messageVi_ + QStringLiteral(" / ") + messageEn_;
  }

 private:
  QString code_;  // empty means ok
  ReasonCode reason_ = ReasonCode::None;
  QString field_;
  QString messageVi_;
  QString messageEn_;
};

}  // namespace sohoi::client
