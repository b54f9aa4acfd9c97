#include "certificate_pin.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace sohoi {

QString certificatePin(const QByteArray& pem) {
  static const QByteArray begin = "-----BEGIN CERTIFICATE-----";
  static const QByteArray end = "-----END CERTIFICATE-----";
  const qsizetype from = pem.indexOf(begin);
  if (from < 0) return {};
  const qsizetype to = pem.indexOf(end, from);
  if (to < 0) return {};
  const QByteArray body = pem.mid(from + begin.size(), to - from - begin.size()).simplified().replace(' ', "");
  const QByteArray der = QByteArray::fromBase64(body);
  if (der.isEmpty()) return {};
  return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

bool looksLikeCertificatePin(const QString& text) {
  static const QRegularExpression pattern(QStringLiteral("^[0-9A-Fa-f]{64}$"));
  return pattern.match(text).hasMatch();
}

}  // namespace sohoi
