// The workspace's ReportClient::exportReport against a real sohoi-server, signed in with a district staff
// account: the file arrives whole with the server's name, progress counts up to its size, and a refusal
// comes back in the server's own words. (The wire contract itself: report_export_test.cpp.)
#include "support/account_server.h"
#include "support/raw_device.h"

#include "admin/admin_client.h"
#include "report/report_client.h"
#include "sync/sync_client.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kPassword = QStringLiteral("mật khẩu dài đủ 10");

// District staff at Thành phố Thái Nguyên, signed in at a desktop; its reports client holds the session.
struct SignedInReports {
  AccountServer running{QStringLiteral("lan"), kPassword, QStringLiteral("164"), QStringLiteral("district_staff")};
  std::shared_ptr<grpc::Channel> channel = client::SyncClient::makeChannel(running.server.address());
  client::ReportClient reports{channel};

  SignedInReports() {
    client::AdminClient desk(channel);
    const client::RpcResult<client::AdminSession> session =
        desk.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc-1"));
    REQUIRE(session.ok());
    reports.setCredential(session.value->token);
  }
};

struct ProgressSeen {
  std::vector<std::pair<qint64, qint64>> calls;
  client::ExportProgress callback() {
    return [this](qint64 received, qint64 total) { calls.emplace_back(received, total); };
  }
};

}  // namespace

TEST_CASE("a signed-in workspace downloads the district's PDF report whole, with progress up to its size") {
  SignedInReports f;
  ProgressSeen progress;
  const client::RpcResult<client::ExportedFile> pdf =
      f.reports.exportReport({}, 2021, 0, client::ExportFormat::Pdf, RecordKind::Activity, progress.callback());
  INFO(pdf.error.messageVi.toStdString());
  REQUIRE(pdf.ok());
  CHECK(pdf.value->fileName == QStringLiteral("tien-do-164-2021.pdf"));
  CHECK(pdf.value->contentType == QStringLiteral("application/pdf"));
  CHECK(pdf.value->bytes.startsWith("%PDF-"));
  CHECK(pdf.value->bytes.contains("%%EOF"));
  REQUIRE_FALSE(progress.calls.empty());
  CHECK(progress.calls.back() == std::pair<qint64, qint64>{pdf.value->bytes.size(), pdf.value->bytes.size()});
  for (size_t i = 1; i < progress.calls.size(); ++i)
    CHECK(progress.calls[i].first > progress.calls[i - 1].first);
}

TEST_CASE("a records CSV downloaded through the client names an activity's kind in Vietnamese words") {
  SignedInReports f;
  RawDevice branch(f.running.server.address());
  REQUIRE(branch.enroll(issueCode(f.running.db, QStringLiteral("05449-1"))).status.ok());
  v1::PushResponse pushed;
  const v1::PushRequest request = branch.pushRequest({branch.newActivity(QStringLiteral("05449-1"))}, 1);
  REQUIRE(branch.push(request, &pushed).status.ok());
  const client::RpcResult<client::ExportedFile> csv = f.reports.exportReport(
      QStringLiteral("164"), 2021, 1, client::ExportFormat::RecordsCsv, RecordKind::Activity, {});
  INFO(csv.error.messageVi.toStdString());
  REQUIRE(csv.ok());
  CHECK(csv.value->fileName == QStringLiteral("activity.csv"));
  CHECK(csv.value->bytes.startsWith("\xEF\xBB\xBFMã hồ sơ,"));
  CHECK(QString::fromUtf8(csv.value->bytes).contains(QStringLiteral("Tuyên truyền, giáo dục chính trị tư tưởng")));
}

TEST_CASE("an export the server refuses comes back in its own words, Vietnamese and English") {
  SignedInReports f;
  const client::RpcResult<client::ExportedFile> quarter =
      f.reports.exportReport({}, 2021, 5, client::ExportFormat::Pdf, RecordKind::Activity, {});
  REQUIRE_FALSE(quarter.ok());
  CHECK_FALSE(quarter.error.transient);
  CHECK(quarter.error.messageVi.contains(QStringLiteral("Quý phải từ 1 đến 4")));
  CHECK_FALSE(quarter.error.messageEn.isEmpty());
  CHECK_FALSE(quarter.error.messageEn.contains(QStringLiteral("Quý")));

  const client::RpcResult<client::ExportedFile> elsewhere = f.reports.exportReport(
      QStringLiteral("173"), 2021, 0, client::ExportFormat::ProgressCsv, RecordKind::Activity, {});
  REQUIRE_FALSE(elsewhere.ok());
  CHECK(elsewhere.error.reason == ReasonCode::OutOfScope);
}
