#pragma once
// Devices' clocks are wrong in the field (DESIGN §5 "Clocks"): a version stamped in the past before the
// system existed, or well ahead of the server, is still accepted (nothing a user saved is dropped), but
// flagged so staff can tell a tablet whose clock needs setting.
#include "hybrid_logical_clock.h"

#include <QDateTime>

namespace sohoi {

/// Earliest plausible stamp: 1 Jan 2020, before any plan the system carries.
inline constexpr qint64 kEarliestPlausibleMs = 1577836800000;
/// How far ahead of the server a device may be before its stamp is implausible: a day covers time zones
/// and a tablet left on the wrong date by an hour or two.
inline constexpr qint64 kPlausibleLeadMs = 24 * 60 * 60 * 1000;

inline bool isPlausibleStamp(HlcStamp stamp, qint64 serverNowMs) {
  const qint64 millis = hlcMillis(stamp);
  return millis >= kEarliestPlausibleMs && millis <= serverNowMs + kPlausibleLeadMs;
}

}  // namespace sohoi
