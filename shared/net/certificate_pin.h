#pragma once
// A server's TLS certificate named by the SHA-256 of its DER bytes, so a district's self-signed
// certificate can be trusted without a public authority: the fingerprint travels with the enrolment code
// (a QR code or typed), and the app accepts that certificate and no other.
#include <QByteArray>
#include <QString>

namespace sohoi {

/// Lower-case hex SHA-256 of the first certificate in pem; empty when pem holds none.
QString certificatePin(const QByteArray& pem);
/// 64 hex digits (any case): a pin's shape.
bool looksLikeCertificatePin(const QString& text);

}  // namespace sohoi
