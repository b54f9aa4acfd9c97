#pragma once
// The version of the data the app and server exchange. Raised when a change means an older app could no
// longer sync safely; the server answers UPDATE_NEEDED to anything older than kMinSupportedSchemaVersion.
// 2: the org tree, plan and baselines travel as PullResponse.reference (apps at 1 read PullResponse.units).
// 3: a record that leaves the device's scope arrives as Change.left_scope.
namespace sohoi {

inline constexpr unsigned kSchemaVersion = 3;
inline constexpr unsigned kMinSupportedSchemaVersion = 1;
/// The first schema version whose apps read PullResponse.reference.
inline constexpr unsigned kReferenceDataSchemaVersion = 2;
/// The first schema version whose apps remove a record on Change.left_scope; older ones are not sent it.
inline constexpr unsigned kLeftScopeSchemaVersion = 3;

}  // namespace sohoi
