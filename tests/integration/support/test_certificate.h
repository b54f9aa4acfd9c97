#pragma once
// A self-signed certificate for 127.0.0.1, made with the openssl command line in a folder, as a district
// would make one for its server (see the README).
#include <QString>

namespace sohoi::testing {

struct TestCertificate {
  QString certFile;  // PEM
  QString keyFile;   // PEM
  QString openSslFingerprint;  // SHA-256 as `openssl x509 -fingerprint -sha256` prints it, colons removed
};

/// Makes the certificate in dir; throws when openssl fails.
TestCertificate makeTestCertificate(const QString& dir);

}  // namespace sohoi::testing
