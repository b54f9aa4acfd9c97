#include "server_call_times.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sohoi::tools::sim {

namespace {

const QString kSyncService = QStringLiteral("/sohoi.v1.SyncService/");

const client::ServerCallTimes::Method* findMethod(const client::ServerCallTimes& times, const QString& path) {
  for (const client::ServerCallTimes::Method& method : times.methods)
    if (method.path == path) return &method;
  return nullptr;
}

}  // namespace

std::optional<SyncCallTimes> syncCallsBetween(const client::ServerCallTimes& before,
                                              const client::ServerCallTimes& after) {
  if (before.upperBoundsUs != after.upperBoundsUs) return std::nullopt;
  SyncCallTimes between;
  between.upperBoundsUs = after.upperBoundsUs;
  between.counts.assign(after.upperBoundsUs.size() + 1, 0);
  for (const client::ServerCallTimes::Method& method : after.methods) {
    if (!method.path.startsWith(kSyncService)) continue;
    const client::ServerCallTimes::Method* earlier = findMethod(before, method.path);
    if (method.counts.size() != between.counts.size() ||
        (earlier && earlier->counts.size() != method.counts.size()))
      return std::nullopt;
    // A count that fell was counted from a later start: another process.
    const auto since = [](quint64 was, quint64 now) {
      return now >= was ? std::optional(now - was) : std::nullopt;
    };
    for (size_t i = 0; i < method.counts.size(); ++i) {
      const std::optional<quint64> added = since(earlier ? earlier->counts[i] : 0, method.counts[i]);
      if (!added) return std::nullopt;
      between.counts[i] += *added;
    }
    const std::optional<quint64> turnedAway = since(earlier ? earlier->turnedAway : 0, method.turnedAway);
    if (!turnedAway) return std::nullopt;
    between.turnedAway += *turnedAway;
  }
  return between;
}

quint64 SyncCallTimes::calls() const { return std::accumulate(counts.begin(), counts.end(), quint64{0}); }

double callTimeQuantileMs(const SyncCallTimes& times, double q) {
  const quint64 calls = times.calls();
  if (calls == 0 || times.upperBoundsUs.empty()) return 0;
  // The smallest bound within which at least q of the calls were answered.
  const auto wanted = static_cast<quint64>(std::max(1.0, std::ceil(q * static_cast<double>(calls) - 1e-9)));
  quint64 seen = 0;
  for (size_t i = 0; i < times.upperBoundsUs.size(); ++i) {
    seen += times.counts[i];
    if (seen >= wanted) return static_cast<double>(times.upperBoundsUs[i]) / 1000.0;
  }
  return static_cast<double>(times.upperBoundsUs.back()) / 1000.0;
}

}  // namespace sohoi::tools::sim
