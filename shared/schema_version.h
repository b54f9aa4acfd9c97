#pragma once
// The version of the data the app and server exchange. Raised when a change means an older app could no
// longer sync safely; the server answers UPDATE_NEEDED to anything older than kMinSupportedSchemaVersion.
namespace sohoi {

inline constexpr unsigned kSchemaVersion = 1;
inline constexpr unsigned kMinSupportedSchemaVersion = 1;

}  // namespace sohoi
