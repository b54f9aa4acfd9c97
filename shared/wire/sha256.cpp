#include "sha256.h"

#include <QCryptographicHash>
#include <memory>
#include <openssl/evp.h>

namespace sohoi {

QByteArray sha256(std::initializer_list<QByteArrayView> parts) {
  // Fetched once: OpenSSL 3 looks an algorithm named by EVP_sha256() up again, under a lock, at every use.
  static EVP_MD* const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  QByteArray digest(32, Qt::Uninitialized);
  bool done = algorithm && context && EVP_DigestInit_ex(context.get(), algorithm, nullptr) == 1;
  for (QByteArrayView part : parts)
    done = done && EVP_DigestUpdate(context.get(), part.data(), static_cast<size_t>(part.size())) == 1;
  done = done &&
         EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char*>(digest.data()), nullptr) == 1;
  if (done) return digest;
  // Only when OpenSSL could not allocate or has no SHA-256 (a provider missing): the same digest, slower.
  QCryptographicHash hash(QCryptographicHash::Sha256);
  for (QByteArrayView part : parts) hash.addData(part);
  return hash.result();
}

}  // namespace sohoi
