#include "password_hash.h"

#include <mutex>
#include <sodium.h>

namespace sohoi::server {

namespace {

// sodium_init picks the fastest implementations and seeds its generator; once per process.
void initSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) qFatal("libsodium could not be initialised");
  });
}

}  // namespace

std::optional<QString> hashPassword(const QString& password) {
  initSodium();
  const QByteArray utf8 = password.toUtf8();
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return std::nullopt;
  return QString::fromLatin1(hash);
}

bool verifyPassword(const QString& storedHash, const QString& password) {
  initSodium();
  const QByteArray hash = storedHash.toLatin1();
  const QByteArray utf8 = password.toUtf8();
  return !hash.isEmpty() &&
         crypto_pwhash_str_verify(hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

void verifyAgainstNothing(const QString& password) {
  static const QString decoy = hashPassword(QStringLiteral("không ai có mật khẩu này")).value_or(QString());
  verifyPassword(decoy, password);
}

}  // namespace sohoi::server
