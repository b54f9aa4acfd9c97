#include "hybrid_logical_clock.h"

#include <QDateTime>

namespace sohoi {

HybridLogicalClock::HybridLogicalClock(WallClock wallClock)
    : wallClock_(wallClock ? std::move(wallClock) : [] { return QDateTime::currentMSecsSinceEpoch(); }) {}

HlcStamp HybridLogicalClock::now() {
  const qint64 wall = wallClock_();
  std::lock_guard lock(mutex_);
  if (wall > hlcMillis(last_)) {
    last_ = makeHlc(wall, 0);
  } else if ((last_ & 0xffff) == 0xffff) {
    // The counter is exhausted within one millisecond: borrow the next millisecond rather than wrap.
    last_ = makeHlc(hlcMillis(last_) + 1, 0);
  } else {
    ++last_;
  }
  return last_;
}

void HybridLogicalClock::observe(HlcStamp remote) {
  std::lock_guard lock(mutex_);
  if (remote > last_) last_ = remote;
}

HlcStamp HybridLogicalClock::last() const {
  std::lock_guard lock(mutex_);
  return last_;
}

}  // namespace sohoi
