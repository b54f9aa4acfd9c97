#include "relative_time.h"

#include <QCoreApplication>

namespace sohoi::app {

QString relativeTimeText(qint64 thenMs, qint64 nowMs) {
  if (thenMs <= 0) return QCoreApplication::translate("RelativeTime", "never");
  // Plain ints: lupdate does not read a cast inside the call.
  const int minutes = static_cast<int>(std::max<qint64>(0, nowMs - thenMs) / 60000);
  const int hours = minutes / 60;
  const int days = hours / 24;
  if (minutes < 1) return QCoreApplication::translate("RelativeTime", "just now");
  if (minutes < 60) return QCoreApplication::translate("RelativeTime", "%n minute(s) ago", nullptr, minutes);
  if (hours < 24) return QCoreApplication::translate("RelativeTime", "%n hour(s) ago", nullptr, hours);
  return QCoreApplication::translate("RelativeTime", "%n day(s) ago", nullptr, days);
}

}  // namespace sohoi::app
