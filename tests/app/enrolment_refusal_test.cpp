// The first page as a leader meets it: the address comes with the ticket, and a code the server refuses
// says what to do next (she cannot repair a code; the district gives a new one).
#include "app_controller.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

// A server that refuses every enrolment code with one reason, noting the address it was reached at.
class RefusingServer final : public client::SyncTransport {
 public:
  explicit RefusingServer(QString reason) : reason_(std::move(reason)) {}
  client::RpcResult<client::EnrolReply> enroll(const QString&, const QString&, const QByteArray&) override {
    client::RpcError error;
    error.grpcCode = 7;  // PERMISSION_DENIED
    error.reasonName = reason_;
    error.messageVi = QStringLiteral("Mã đăng ký thiết bị không dùng được");
    error.messageEn = QStringLiteral("The enrolment code cannot be used");
    return client::RpcResult<client::EnrolReply>::failure(error);
  }
  client::RpcResult<client::PushReply> push(const std::vector<client::Mutation>&) override { return {}; }
  client::RpcResult<client::PullPage> pull(const QByteArray&, quint32, const QString&) override { return {}; }
  void setCredential(const QString&) override {}

 private:
  QString reason_;
};

struct FirstRun {
  QTemporaryDir dir;
  AppController app;
  QStringList addresses;  // where each enrolment went
  explicit FirstRun(const QString& reason) {
    app.setTransportMaker([this, reason](const QString& address, const QString&) {
      addresses.append(address);
      return std::make_unique<RefusingServer>(reason);
    });
    app.sync()->setAutoInterval(0);
    REQUIRE(app.open(dir.path(), QStringLiteral("127.0.0.1:50051")));
    app.setLanguage(QStringLiteral("en"));
  }
  QString enrol(const QString& address, const QString& code) {
    QSignalSpy finished(&app, &AppController::enrolFinished);
    app.enrol(address, code);
    REQUIRE((finished.count() > 0 || finished.wait(10000)));
    return app.enrolError();
  }
};

const QString kAskDistrict = QStringLiteral("Call the district union for a new code.");

}  // namespace

TEST_CASE("a wrong or used enrolment code says to call the district union for a new one") {
  FirstRun first(QStringLiteral("BAD_ENROLMENT_CODE"));
  const QString error = first.enrol(QStringLiteral("127.0.0.1:50051"), QStringLiteral("ABCD-EFGH"));
  CHECK(error.contains(QStringLiteral("wrong")));
  CHECK(error.endsWith(kAskDistrict));
  CHECK_FALSE(first.app.enrolled());
}

TEST_CASE("an expired enrolment code says so and to call the district union for a new one") {
  FirstRun first(QStringLiteral("EXPIRED_ENROLMENT_CODE"));
  const QString error = first.enrol(QStringLiteral("127.0.0.1:50051"), QStringLiteral("ABCD-EFGH"));
  CHECK(error.contains(QStringLiteral("expired")));
  CHECK(error.endsWith(kAskDistrict));
}

TEST_CASE("a pasted ticket brings its own server address, whatever the hidden address field holds") {
  FirstRun first(QStringLiteral("BAD_ENROLMENT_CODE"));
  first.enrol(QStringLiteral("127.0.0.1:50051"), QStringLiteral("sohoi://10.20.0.5:50551/ABCD-EFGH"));
  CHECK(first.addresses == QStringList{QStringLiteral("10.20.0.5:50551")});
}
