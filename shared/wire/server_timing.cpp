#include "server_timing.h"

#include <algorithm>
#include <charconv>

namespace sohoi {

namespace {

constexpr std::string_view kPrefix = "call;dur=";
constexpr size_t kMostWholeDigits = 12;  // some thirty years of milliseconds: no overflow in microseconds

}  // namespace

std::string serverTimingValue(std::chrono::microseconds took) {
  const long long us = std::max<long long>(took.count(), 0);
  std::string fraction = std::to_string(us % 1000);
  fraction.insert(0, 3 - fraction.size(), '0');
  return std::string(kPrefix) + std::to_string(us / 1000) + '.' + fraction;
}

std::optional<std::chrono::microseconds> parseServerTiming(std::string_view value) {
  if (!value.starts_with(kPrefix)) return std::nullopt;
  value.remove_prefix(kPrefix.size());
  const size_t dot = value.find('.');
  const std::string_view whole = value.substr(0, dot);
  const std::string_view fraction =
      dot == std::string_view::npos ? std::string_view() : value.substr(dot + 1);
  if (whole.empty() || whole.size() > kMostWholeDigits ||
      (dot != std::string_view::npos && (fraction.empty() || fraction.size() > 3)))
    return std::nullopt;
  const auto digits = [](std::string_view text, long long* out) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *out);
    return error == std::errc() && end == text.data() + text.size();
  };
  long long ms = 0, part = 0;
  if (!digits(whole, &ms) || ms < 0 || (!fraction.empty() && (!digits(fraction, &part) || part < 0)))
    return std::nullopt;
  for (size_t i = fraction.size(); i < 3; ++i) part *= 10;
  return std::chrono::microseconds(ms * 1000 + part);
}

}  // namespace sohoi
