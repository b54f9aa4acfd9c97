#pragma once
// TLS to a server whose certificate the enrolment code named (net/certificate_pin.h): the handshake is
// accepted when the server shows exactly that certificate, whoever signed it, and refused otherwise. This
// is how a tablet trusts a district's self-signed certificate without a public authority.
#include <QString>
#include <grpcpp/security/credentials.h>
#include <memory>

namespace sohoi::client {

/// Channel credentials that accept only the certificate whose SHA-256 (hex) is pin.
std::shared_ptr<grpc::ChannelCredentials> pinnedCertificateCredentials(const QString& pin);

}  // namespace sohoi::client
