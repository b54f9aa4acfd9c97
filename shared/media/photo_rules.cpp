#include "photo_rules.h"

#include <QCryptographicHash>

namespace sohoi {

bool isPhotoHash(const QString& hash) {
  if (hash.size() != static_cast<qsizetype>(2 * kPhotoHashBytes)) return false;
  for (const QChar c : hash)
    if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
      return false;
  return true;
}

QString photoHashHex(const std::string& bytes) {
  return QString::fromLatin1(QByteArray::fromStdString(bytes).toHex());
}

QString photoHashOf(const QByteArray& data) {
  return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString photoMediaType(const QByteArray& head) {
  // JPEG: SOI marker then another marker; PNG: its eight-byte signature.
  if (head.startsWith(QByteArray("\xFF\xD8\xFF", 3))) return QStringLiteral("image/jpeg");
  if (head.startsWith(QByteArray("\x89PNG\r\n\x1A\n", 8))) return QStringLiteral("image/png");
  return {};
}

std::optional<Rejection> photoSizeRefusal(qint64 totalSize) {
  if (totalSize <= 0)
    return Rejection{ReasonCode::InvalidField, QStringLiteral("photo"), QStringLiteral("Tệp ảnh trống"),
                     QStringLiteral("The photo file is empty")};
  if (totalSize > kMaxPhotoBytes)
    return Rejection{ReasonCode::TooLarge, QStringLiteral("photo"),
                     QStringLiteral("Ảnh lớn quá (%1 KB, tối đa %2 KB): hãy chụp lại hoặc chọn ảnh nhỏ hơn")
                         .arg(totalSize / 1024)
                         .arg(kMaxPhotoBytes / 1024),
                     QStringLiteral("The photo is too large (%1 KB, at most %2 KB): take it again or pick a "
                                    "smaller one")
                         .arg(totalSize / 1024)
                         .arg(kMaxPhotoBytes / 1024)};
  return std::nullopt;
}

std::optional<Rejection> photoTypeRefusal(const QByteArray& head) {
  if (photoMediaType(head).isEmpty())
    return Rejection{ReasonCode::InvalidField, QStringLiteral("photo"),
                     QStringLiteral("Tệp này không phải ảnh JPEG hoặc PNG"),
                     QStringLiteral("This file is not a JPEG or PNG photo")};
  return std::nullopt;
}

}  // namespace sohoi
