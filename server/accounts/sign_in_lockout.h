#pragma once
// How repeated failed sign-ins lock a user name (DESIGN §6a "lockout"): after every fifth failure in a row,
// a lock of one minute that doubles with each further lock, up to an hour. Guessing a password then costs
// days, while a person who mistyped waits a minute.
#include "domain/rejection.h"

#include <QtGlobal>

namespace sohoi::server {

struct SignInLockout {
  int failuresPerLock = 5;
  qint64 firstLockMs = 60 * 1000;
  qint64 longestLockMs = 60 * 60 * 1000;

  /// How long signing in is locked after the failures-th failure in a row; 0 when it is not locked.
  qint64 lockAfter(int failures) const;
};

/// AccountLocked, saying (in Vietnamese and English) how long until, and at what time, to try again.
Rejection lockedRejection(qint64 lockedUntil, qint64 now);

}  // namespace sohoi::server
