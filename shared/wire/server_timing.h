#pragma once
// How long the server took over a unary call, told to its caller in the answer's trailing metadata in the
// form of the web's Server-Timing header ("call;dur=12.345", in milliseconds): from the call's arrival at
// its service to its answer, the wait for a worker included. A caller that knows it can tell the server's
// share of a slow call from its own and the network's; the fleet benchmark does, for every simulated
// tablet, where its own clock also counts the simulator's shared core.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace sohoi {

inline constexpr char kServerTimingKey[] = "server-timing";

/// The metadata value for a call the server answered after `took`.
std::string serverTimingValue(std::chrono::microseconds took);
/// The server's time from a value serverTimingValue() made; nullopt for any other text.
std::optional<std::chrono::microseconds> parseServerTiming(std::string_view value);

}  // namespace sohoi
