#include "test_certificate.h"

#include <QDir>
#include <QProcess>
#include <stdexcept>

namespace sohoi::testing {

namespace {

QString runOpenSsl(const QStringList& arguments) {
  QProcess openssl;
  openssl.setProcessChannelMode(QProcess::MergedChannels);
  openssl.start(QStringLiteral("openssl"), arguments);
  if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
    throw std::runtime_error("openssl failed: " + openssl.readAll().toStdString());
  return QString::fromUtf8(openssl.readAll());
}

}  // namespace

TestCertificate makeTestCertificate(const QString& dir) {
  TestCertificate made{QDir(dir).filePath(QStringLiteral("server.crt")), QDir(dir).filePath(QStringLiteral("server.key")),
                       QString()};
  runOpenSsl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
              QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
              made.keyFile, QStringLiteral("-out"), made.certFile});
  const QString printed = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), made.certFile,
                                      QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                      QStringLiteral("-sha256")});
  // "sha256 Fingerprint=AB:CD:…"
  made.openSslFingerprint = printed.section(QLatin1Char('='), 1).trimmed().remove(QLatin1Char(':')).toLower();
  return made;
}

}  // namespace sohoi::testing
