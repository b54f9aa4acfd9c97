#include "password_hash.h"

#include <mutex>
#include <sodium.h>

namespace sohoi::server {

namespace {

// OWASP's Argon2id setting (19 MiB, two passes): libsodium's "interactive" one took 64 MiB for each
// hash, a fifth of the server's whole memory budget for one sign-in.
constexpr unsigned long long kPasses = 2;
constexpr size_t kMemoryBytes = 19 * 1024 * 1024;

// sodium_init picks the fastest implementations and seeds its generator; once per process.
void initSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) qFatal("libsodium could not be initialised");
  });
}

// Held while a hash is made or checked: one at a time, so a burst of sign-ins on every worker at once
// takes one hash's memory, not one per worker (hashes made before this setting still take 64 MiB to
// check). A sign-in waits for the one before it, a tenth of a second.
std::mutex& hashingTurn() {
  static std::mutex turn;
  return turn;
}

}  // namespace

std::optional<QString> hashPassword(const QString& password) {
  initSodium();
  const QByteArray utf8 = password.toUtf8();
  char hash[crypto_pwhash_STRBYTES];
  std::lock_guard turn(hashingTurn());
  if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kPasses,
                        kMemoryBytes) != 0)
    return std::nullopt;
  return QString::fromLatin1(hash);
}

bool verifyPassword(const QString& storedHash, const QString& password) {
  initSodium();
  const QByteArray hash = storedHash.toLatin1();
  const QByteArray utf8 = password.toUtf8();
  std::lock_guard turn(hashingTurn());
  return !hash.isEmpty() &&
         crypto_pwhash_str_verify(hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

bool madeUnderOlderSetting(const QString& storedHash) {
  initSodium();
  return crypto_pwhash_str_needs_rehash(storedHash.toLatin1().constData(), kPasses, kMemoryBytes) == 1;
}

void verifyAgainstNothing(const QString& password) {
  static const QString decoy = hashPassword(QStringLiteral("không ai có mật khẩu này")).value_or(QString());
  verifyPassword(decoy, password);
}

}  // namespace sohoi::server
