#include "qr_code_item.h"

#include <QPainter>
#include <memory>
#include <qrencode.h>

namespace sohoi::app {

namespace {
constexpr int kQuietZone = 4;  // modules of white around the code (ISO/IEC 18004)
}

QImage qrCodeImage(const QString& text) {
  if (text.isEmpty()) return {};
  const QByteArray utf8 = text.toUtf8();
  // Medium error correction: survives a scratched screen protector and still fits a long ticket.
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
  if (!code) return {};
  const int width = code->width;
  QImage image(width + 2 * kQuietZone, width + 2 * kQuietZone, QImage::Format_Mono);
  image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
  image.fill(0);
  for (int y = 0; y < width; ++y)
    for (int x = 0; x < width; ++x)
      if (code->data[y * width + x] & 1) image.setPixel(x + kQuietZone, y + kQuietZone, 1);  // bit 0: dark
  return image;
}

QrCodeItem::QrCodeItem(QQuickItem* parent) : QQuickPaintedItem(parent) {
  setAntialiasing(false);
  setImplicitSize(240, 240);
}

void QrCodeItem::setText(const QString& text) {
  if (text == text_) return;
  text_ = text;
  modules_ = qrCodeImage(text);
  emit textChanged();
  update();
}

void QrCodeItem::paint(QPainter* painter) {
  if (modules_.isNull()) return;
  const int side = static_cast<int>(std::min(width(), height()));
  const int scale = std::max(1, side / modules_.width());  // whole pixels per module: sharp edges
  const int drawn = scale * modules_.width();
  const QRect target((static_cast<int>(width()) - drawn) / 2, (static_cast<int>(height()) - drawn) / 2, drawn, drawn);
  painter->drawImage(target, modules_);
}

}  // namespace sohoi::app
