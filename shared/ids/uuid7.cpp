#include "uuid7.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>

namespace sohoi {

namespace {

// A hex digit's value (either case), or -1.
int hexValue(char16_t c) {
  if (c >= u'0' && c <= u'9') return c - u'0';
  if (c >= u'a' && c <= u'f') return c - u'a' + 10;
  if (c >= u'A' && c <= u'F') return c - u'A' + 10;
  return -1;
}

// "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" in either case into its 16 bytes; false for any other text. Every
// record on the wire carries five ids: QUuid's general parser (braces, and a copy to Latin-1 first) was a
// tenth of a pull's instructions.
bool decodeCanonical(QStringView text, char* out) {
  if (text.size() != 36) return false;
  const char16_t* c = text.utf16();
  if (c[8] != u'-' || c[13] != u'-' || c[18] != u'-' || c[23] != u'-') return false;
  static constexpr int kPairs[16] = {0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
  for (int i = 0; i < 16; ++i) {
    const int high = hexValue(c[kPairs[i]]), low = hexValue(c[kPairs[i] + 1]);
    if (high < 0 || low < 0) return false;
    out[i] = static_cast<char>(high << 4 | low);
  }
  return true;
}

}  // namespace

QString newUuid7() {
  // RFC 9562 §5.7: 48 bits of Unix milliseconds, version 7, then random bits with the variant.
  char bytes[16];
  const quint64 millis = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
  for (int i = 0; i < 6; ++i) bytes[i] = static_cast<char>((millis >> (8 * (5 - i))) & 0xff);
  QRandomGenerator::system()->generate(bytes + 6, bytes + 16);
  bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x70);
  bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
  return uuidFromBytes(QByteArrayView(bytes, 16));
}

std::string uuidToBytes(const QString& uuid) {
  if (uuid.isEmpty()) return {};
  std::string bytes(16, '\0');
  if (decodeCanonical(uuid, bytes.data())) return bytes;
  return QUuid::fromString(uuid).toRfc4122().toStdString();  // braces, or text that is not a UUID (zeros)
}

QString uuidFromBytes(QByteArrayView bytes) {
  if (bytes.size() != 16) return {};
  static constexpr char16_t kDigits[] = u"0123456789abcdef";
  QString text(36, Qt::Uninitialized);
  QChar* out = text.data();
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) *out++ = u'-';
    const auto byte = static_cast<unsigned char>(bytes[i]);
    *out++ = kDigits[byte >> 4];
    *out++ = kDigits[byte & 0x0f];
  }
  return text;
}

bool isUuid(const QString& text) {
  char bytes[16];
  return decodeCanonical(text, bytes) &&
         std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'A' && c <= u'F'; });
}

}  // namespace sohoi
