#pragma once
// Ảnh minh chứng (evidence photos): what a photo is allowed to be, checked the same on the device before it
// is attached and on the server before it is kept. A photo is named by the SHA-256 of its bytes, so the
// same picture attached to two records is stored and sent once.
#include "domain/rejection.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <string>

namespace sohoi {

/// The largest photo the server keeps. The device scales photos to about 200 KB; 2 MB leaves room for a
/// PNG of a scanned sheet and refuses a camera's original at 5–10 MB, which would cost a leader's data plan.
inline constexpr qint64 kMaxPhotoBytes = 2 * 1024 * 1024;
/// The long side a device scales photos to: an attendance sheet stays legible, a photo stays small.
inline constexpr int kPhotoLongSide = 1600;
inline constexpr size_t kPhotoHashBytes = 32;

/// True for 64 lowercase hex digits, the form a record lists its photos in.
bool isPhotoHash(const QString& hash);
/// The hex name of 32 raw hash bytes, as on the wire.
QString photoHashHex(const std::string& bytes);
/// The SHA-256 of data, as 64 lowercase hex digits.
QString photoHashOf(const QByteArray& data);
/// "image/jpeg" or "image/png" by the first bytes of the file (its name says nothing); empty for others.
QString photoMediaType(const QByteArray& head);
/// Why a photo of totalSize bytes is not kept (empty, or larger than kMaxPhotoBytes), in Vietnamese and
/// English; nullopt when it may be. Told before any byte is sent.
std::optional<Rejection> photoSizeRefusal(qint64 totalSize);
/// Why a file starting with head is not kept as a photo (not a JPEG or PNG); nullopt when it may be.
std::optional<Rejection> photoTypeRefusal(const QByteArray& head);

}  // namespace sohoi
