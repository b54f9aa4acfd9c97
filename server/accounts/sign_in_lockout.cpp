#include "sign_in_lockout.h"

#include <QDateTime>
#include <algorithm>

namespace sohoi::server {

qint64 SignInLockout::lockAfter(int failures) const {
  if (failures <= 0 || failures % failuresPerLock != 0) return 0;
  qint64 lock = firstLockMs;
  for (int n = failures / failuresPerLock; n > 1 && lock < longestLockMs; --n) lock *= 2;
  return std::min(lock, longestLockMs);
}

Rejection lockedRejection(qint64 lockedUntil, qint64 now) {
  Rejection rejection = rejectionFor(ReasonCode::AccountLocked);
  const qint64 minutes = std::max<qint64>(1, (lockedUntil - now + 59'999) / 60'000);
  const QString at = QDateTime::fromMSecsSinceEpoch(lockedUntil).toString(QStringLiteral("HH:mm"));
  rejection.messageVi += QStringLiteral("; hãy thử lại sau %1 phút (lúc %2)").arg(minutes).arg(at);
  rejection.messageEn += QStringLiteral("; try again in %1 min (at %2)").arg(minutes).arg(at);
  return rejection;
}

}  // namespace sohoi::server
