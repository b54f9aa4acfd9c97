#include "pinned_certificate.h"

#include "net/certificate_pin.h"

#include <grpcpp/security/tls_certificate_verifier.h>
#include <grpcpp/security/tls_credentials_options.h>

namespace sohoi::client {

namespace {

class PinnedCertificateVerifier final : public grpc::experimental::ExternalCertificateVerifier {
 public:
  explicit PinnedCertificateVerifier(QString pin) : pin_(std::move(pin)) {}

  bool Verify(grpc::experimental::TlsCustomVerificationCheckRequest* request, std::function<void(grpc::Status)>,
              grpc::Status* result) override {
    const grpc::string_ref pem = request->peer_cert();
    const QString shown = certificatePin(QByteArray(pem.data(), static_cast<qsizetype>(pem.size())));
    *result = shown == pin_ ? grpc::Status::OK
                            : grpc::Status(grpc::StatusCode::UNAUTHENTICATED,
                                           "Chứng chỉ của máy chủ không khớp với mã đăng ký / "
                                           "The server's certificate is not the one named in the enrolment code");
    return true;  // decided here, synchronously
  }
  void Cancel(grpc::experimental::TlsCustomVerificationCheckRequest*) override {}

 private:
  const QString pin_;
};

}  // namespace

std::shared_ptr<grpc::ChannelCredentials> pinnedCertificateCredentials(const QString& pin) {
  grpc::experimental::TlsChannelCredentialsOptions options;
  // The pin replaces the authority chain and the host name: a self-signed certificate for an address.
  options.set_verify_server_certs(false);
  options.set_check_call_host(false);
  options.set_certificate_verifier(
      grpc::experimental::ExternalCertificateVerifier::Create<PinnedCertificateVerifier>(pin.toLower()));
  return grpc::experimental::TlsCredentials(options);
}

}  // namespace sohoi::client
