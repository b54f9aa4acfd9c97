#include "uuid7.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace sohoi {

QString newUuid7() {
  // RFC 9562 §5.7: 48 bits of Unix milliseconds, version 7, then random bits with the variant.
  QByteArray bytes(16, Qt::Uninitialized);
  const quint64 millis = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
  for (int i = 0; i < 6; ++i) bytes[i] = static_cast<char>((millis >> (8 * (5 - i))) & 0xff);
  QRandomGenerator::system()->generate(bytes.begin() + 6, bytes.end());
  bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x70);
  bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
  return uuidFromBytes(bytes);
}

QByteArray uuidToBytes(const QString& uuid) {
  if (uuid.isEmpty()) return {};
  return QUuid::fromString(uuid).toRfc4122();
}

QString uuidFromBytes(const QByteArray& bytes) {
  if (bytes.size() != 16) return {};
  return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool isUuid(const QString& text) {
  static const QRegularExpression canonical(
      QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
  return canonical.match(text).hasMatch();
}

}  // namespace sohoi
