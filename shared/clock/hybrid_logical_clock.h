#pragma once
// Devices' wall clocks are wrong in the field, so versions are ordered by a hybrid logical clock:
// the physical part never runs backwards and jumps forward to any later stamp observed from others.
#include <QtGlobal>
#include <functional>
#include <mutex>

namespace sohoi {

/// A stamp: upper 48 bits milliseconds since the Unix epoch, lower 16 bits a logical counter.
using HlcStamp = quint64;

inline qint64 hlcMillis(HlcStamp stamp) { return static_cast<qint64>(stamp >> 16); }
inline HlcStamp makeHlc(qint64 millis, quint16 counter) {
  return (static_cast<quint64>(millis) << 16) | counter;
}

class HybridLogicalClock {
 public:
  using WallClock = std::function<qint64()>;  // milliseconds since the Unix epoch
  /// REQUIRES: wallClock is callable from any thread. Defaults to the system clock.
  explicit HybridLogicalClock(WallClock wallClock = {});

  /// A stamp greater than every stamp this clock has issued or observed. Thread-safe.
  HlcStamp now();
  /// Takes in a stamp seen elsewhere (a pulled version), so the next now() is later than it. Thread-safe.
  void observe(HlcStamp remote);
  HlcStamp last() const;

 private:
  WallClock wallClock_;
  mutable std::mutex mutex_;
  HlcStamp last_ = 0;  // GUARDED_BY(mutex_)
};

}  // namespace sohoi
