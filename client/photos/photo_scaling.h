#pragma once
// A photo made ready to attach: turned upright (the camera's EXIF orientation), scaled to at most
// kPhotoLongSide pixels on its long side and saved as JPEG of about kPhotoTargetBytes, so a day's photos
// cross a slow mobile link in minutes and an attendance sheet stays legible. Needs no display.
#include "common/status.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace sohoi::client {

/// What a prepared photo aims at: ~200 KB keeps five photos a day to about a megabyte.
inline constexpr int kPhotoTargetBytes = 200 * 1024;

/// The image at path (any format Qt reads; the name says nothing) prepared as above into *jpeg.
Status preparePhoto(const QString& path, QByteArray* jpeg);
/// image scaled and encoded as above.
QByteArray preparedJpeg(const QImage& image);

}  // namespace sohoi::client
