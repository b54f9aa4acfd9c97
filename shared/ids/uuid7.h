#pragma once
// Record, version and device ids: UUIDv7, made where the thing is made (usually on the device), so two
// offline devices never collide and ids sort roughly by creation time.
#include <QByteArrayView>
#include <QString>
#include <string>

namespace sohoi {

/// A new UUIDv7 in canonical text form ("0192f3c4-…", lower case, no braces). Thread-safe.
QString newUuid7();

/// Canonical text → 16 raw bytes, as protobuf's bytes fields hold them (the wire form). Empty input gives
/// empty output; REQUIRES: valid text.
std::string uuidToBytes(const QString& uuid);

/// 16 raw bytes → canonical text. Anything not exactly 16 bytes gives an empty string.
QString uuidFromBytes(QByteArrayView bytes);

/// True for canonical UUID text.
bool isUuid(const QString& text);

}  // namespace sohoi
