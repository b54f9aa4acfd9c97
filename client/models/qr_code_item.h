#pragma once
// A QR code of a text (an enrolment ticket, which also carries the server's address and certificate
// fingerprint), drawn from the matrix libqrencode makes: black modules on white with the four-module
// quiet zone scanners need, as large as the item allows and never blurred (whole pixels per module).
#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

/// The code's modules as a one-pixel-per-module image with its quiet zone; null for an empty text or
/// one too long to encode.
QImage qrCodeImage(const QString& text);

class QrCodeItem : public QQuickPaintedItem {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
  Q_PROPERTY(bool valid READ valid NOTIFY textChanged)

 public:
  explicit QrCodeItem(QQuickItem* parent = nullptr);

  QString text() const { return text_; }
  void setText(const QString& text);
  /// Whether the text could be encoded (false while it is empty).
  bool valid() const { return !modules_.isNull(); }

  void paint(QPainter* painter) override;

 signals:
  void textChanged();

 private:
  QString text_;
  QImage modules_;
};

}  // namespace sohoi::app
