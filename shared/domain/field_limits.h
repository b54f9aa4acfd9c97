#pragma once
// How much a device may send in one field, written once: the record schema (forms on the device, validation
// on both sides) and the server's checks of whole requests read these. Generous for people typing on a
// tablet, small enough that a stuck key, a pasted document or a hostile client is refused before it is
// stored and sent on to every device in scope. Texts are counted in characters, lists in entries.

namespace sohoi {

/// One line a person types: a name, a title, a place, a device's name.
inline constexpr int kMaxShortText = 200;
/// Free text: a description, a note, a comment, a link.
inline constexpr int kMaxLongText = 2000;
/// A phone number as typed, with spaces and a country prefix.
inline constexpr int kMaxPhoneText = 20;
/// A code or identifier: an enrolment code, an org unit id, an app version, a content digest (64 hex digits).
inline constexpr int kMaxCodeText = 64;
/// The pull cursor, in bytes: opaque to devices, made by the server from an epoch, a position, a version id
/// and a unit id, well under this.
inline constexpr int kMaxCursorBytes = 256;
/// People one record lists, e.g. a training's trainees: a class is tens; a district-wide course, hundreds.
inline constexpr int kMaxListedPeople = 1000;
/// Photos one record lists as evidence: an attendance sheet of a few pages and the meeting itself.
inline constexpr int kMaxPhotosPerRecord = 20;

}  // namespace sohoi
