#include "photo_scaling.h"

#include "media/photo_rules.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <algorithm>

namespace sohoi::client {

namespace {

QByteArray encoded(const QImage& image, int quality) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QImageWriter writer(&buffer, "jpeg");
  writer.setQuality(quality);
  writer.setOptimizedWrite(true);
  writer.write(image);
  return bytes;
}

}  // namespace

QByteArray preparedJpeg(const QImage& image) {
  // JPEG has no transparency: a PNG with some is laid on white, as it would be seen on a page.
  QImage scaled(image.size(), QImage::Format_RGB32);
  scaled.fill(Qt::white);
  {
    QPainter painter(&scaled);
    painter.drawImage(0, 0, image);
  }
  if (std::max(scaled.width(), scaled.height()) > kPhotoLongSide)
    scaled = scaled.scaled(kPhotoLongSide, kPhotoLongSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  // Quality steps down until the photo is small enough; a busy scene at the floor stays a little larger
  // rather than turning to mush (the server takes up to kMaxPhotoBytes).
  QByteArray jpeg;
  for (int quality = 85; quality >= 40; quality -= 10) {
    jpeg = encoded(scaled, quality);
    if (jpeg.size() <= kPhotoTargetBytes) break;
  }
  return jpeg;
}

Status preparePhoto(const QString& path, QByteArray* jpeg) {
  QImageReader reader(path);
  reader.setAutoTransform(true);
  // Large camera files are decoded at a reduced size straight away: a 48-megapixel original would take
  // 190 MB as a full image on a cheap tablet.
  const QSize size = reader.size();
  if (size.isValid() && std::max(size.width(), size.height()) > 2 * kPhotoLongSide)
    reader.setScaledSize(size.scaled(2 * kPhotoLongSide, 2 * kPhotoLongSide, Qt::KeepAspectRatio));
  const QImage image = reader.read();
  if (image.isNull())
    return Status::error(QStringLiteral("NOT_A_PHOTO"),
                         QStringLiteral("Không đọc được ảnh này (tệp không phải ảnh hoặc bị hỏng)"),
                         QStringLiteral("Cannot read this photo (the file is not an image, or it is damaged)"));
  *jpeg = preparedJpeg(image);
  if (jpeg->isEmpty())
    return Status::error(QStringLiteral("NOT_A_PHOTO"), QStringLiteral("Không nén được ảnh này"),
                         QStringLiteral("Could not compress this photo"));
  return Status::ok();
}

}  // namespace sohoi::client
