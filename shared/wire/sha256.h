#pragma once
// SHA-256 through OpenSSL, which uses the processor's SHA instructions where it has them. Every pushed
// record is hashed (its content hash tells a resend from a reused id), and QCryptographicHash's portable
// code was a tenth of the server's instructions in a burst of daily pushes; the digest is the same.
#include <QByteArray>
#include <QByteArrayView>
#include <initializer_list>

namespace sohoi {

/// The 32-byte SHA-256 of parts, one after another.
QByteArray sha256(std::initializer_list<QByteArrayView> parts);

}  // namespace sohoi
