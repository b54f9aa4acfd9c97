#include "server_timing.h"

#include <algorithm>
#include <charconv>

namespace sohoi {

namespace {

constexpr std::string_view kPrefix = "call;dur=";
constexpr size_t kMostWholeDigits = 12;  // some thirty years of milliseconds: no overflow in microseconds

// text's value when it is decimal digits and nothing else (no sign, no space).
std::optional<long long> digitsValue(std::string_view text) {
  if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  long long value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

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
  const bool hasFraction = dot != std::string_view::npos;
  const std::string_view fraction = hasFraction ? value.substr(dot + 1) : std::string_view();
  if (whole.size() > kMostWholeDigits || fraction.size() > 3) return std::nullopt;
  const std::optional<long long> ms = digitsValue(whole);
  std::optional<long long> part = hasFraction ? digitsValue(fraction) : std::optional<long long>(0);
  if (!ms || !part) return std::nullopt;
  for (size_t i = fraction.size(); i < 3; ++i) *part *= 10;
  return std::chrono::microseconds(*ms * 1000 + *part);
}

}  // namespace sohoi
