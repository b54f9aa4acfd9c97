// A district's server with its own self-signed certificate: the tablet trusts exactly the certificate the
// enrolment code named, and nothing else (DESIGN §5, Transport; the trust issue's TLS item).
#include "ids/uuid7.h"
#include "net/certificate_pin.h"
#include "net/enrolment_ticket.h"
#include "store/local_store.h"
#include "support/raw_device.h"
#include "support/server_process.h"
#include "support/test_certificate.h"
#include "sync/sync_client.h"
#include "sync/synchronizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");

struct TlsFixture {
  QTemporaryDir dir;
  QString db = demoDatabase(dir.path());
  TestCertificate certificate = makeTestCertificate(dir.path());
  ServerProcess server{db, 0, {QStringLiteral("--tls-cert"), certificate.certFile, QStringLiteral("--tls-key"),
                               certificate.keyFile}};
  TlsFixture() { REQUIRE(server.start()); }

  QString pin() const {
    QFile file(certificate.certFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return certificatePin(file.readAll());
  }
};

}  // namespace

TEST_CASE("a certificate's pin is the SHA-256 openssl prints for it") {
  QTemporaryDir dir;
  const TestCertificate certificate = makeTestCertificate(dir.path());
  QFile file(certificate.certFile);
  REQUIRE(file.open(QIODevice::ReadOnly));
  CHECK(certificatePin(file.readAll()) == certificate.openSslFingerprint);
}

TEST_CASE("a tablet enrols and syncs with a self-signed server through the pin in its ticket") {
  TlsFixture f;
  // What `sohoi-admin issue-code --server … --tls-cert …` prints for the QR code.
  QString printed;
  REQUIRE(runAdmin({"--db", f.db, "issue-code", "--unit", kBranch, "--person", "Chị Hà", "--server",
                    f.server.address(), "--tls-cert", f.certificate.certFile},
                   &printed) == 0);
  const std::optional<EnrolmentTicket> ticket = parseEnrolmentTicket(printed.split(QLatin1Char('\n')).first());
  REQUIRE(ticket);
  CHECK(ticket->address == f.server.address());
  CHECK(ticket->pin == f.pin());

  client::Status status;
  std::unique_ptr<client::LocalStore> store = client::LocalStore::open(f.dir.filePath("tablet.db"), &status);
  REQUIRE(store);
  client::SyncClient transport(ticket->address, ticket->pin);
  const client::Status enrolled =
      client::enrolDevice(store.get(), &transport, ticket->code, QStringLiteral("tablet"), ticket->address, ticket->pin);
  INFO(enrolled.toString().toStdString());
  REQUIRE(enrolled.isOk());
  CHECK(store->account().certificatePin == ticket->pin);
  client::Synchronizer sync(store.get(), &transport);
  CHECK(sync.runOnce().status.isOk());
}

TEST_CASE("a tablet refuses a server showing another certificate than the pinned one") {
  TlsFixture f;
  client::SyncClient impostor(f.server.address(), QString(64, QLatin1Char('a')));
  const client::RpcResult<client::EnrolReply> answer =
      impostor.enroll(QString::fromStdString(issueCode(f.db, kBranch)), QStringLiteral("tablet"), {});
  CHECK_FALSE(answer.ok());
  CHECK(answer.error.transient);  // nothing reached the server: a later try with the right pin works
}

TEST_CASE("a plaintext client cannot talk to a TLS server") {
  TlsFixture f;
  client::SyncClient plain(f.server.address());  // loopback without a pin: plaintext
  CHECK_FALSE(plain.enroll(QString::fromStdString(issueCode(f.db, kBranch)), QStringLiteral("tablet"), {}).ok());
}
