#pragma once
// When evidence photos may go up. Records always go at once; photos, which weigh a hundred times more,
// wait for Wi-Fi when the leader chooses so, to spare her mobile data.
namespace sohoi::client {

/// The link the device is on, as the platform tells it (often it cannot).
enum class LinkKind { Unknown, WiFi, Ethernet, Cellular, Other };

/// Whether photos may be sent now. Without the Wi-Fi choice: always. With it: not over a mobile or a
/// metered link; over a link the platform cannot name, yes unless it says the link is metered (a
/// platform that names nothing would otherwise hold the photos back for ever: desktops, some tablets).
constexpr bool photosMayGo(bool wifiOnly, LinkKind link, bool metered) {
  if (!wifiOnly) return true;
  if (link == LinkKind::Cellular || metered) return false;
  return true;
}

}  // namespace sohoi::client
