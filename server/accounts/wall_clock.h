#pragma once
// The time accounts and sessions are judged by, as a function so tests can move it (lockouts last
// minutes, sessions hours: no test waits for them).
#include <QDateTime>
#include <functional>

namespace sohoi::server {

/// Milliseconds since the Unix epoch.
using WallClock = std::function<qint64()>;

inline WallClock systemClock() {
  return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

}  // namespace sohoi::server
