// ExportReport through a real server process: the workspace gets the PDF and CSV files in chunks, the first
// naming them, and a device may export only its own unit's subtree.
#include "support/province_fixture.h"

#include "sohoi/v1/report.grpc.pb.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

struct Export {
  CallResult result;
  std::vector<v1::ExportReportChunk> chunks;
  std::string bytes;  // every chunk's data, in order
};

Export exportReport(ProvinceFixture& fixture, const RawDevice& device, const std::string& unit,
                    v1::ExportFormat format, uint32_t quarter = 0, const std::string& kind = {}) {
  auto stub = v1::ReportService::NewStub(
      grpc::CreateChannel(fixture.server.address().toStdString(), grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(60));  // a failure guard
  context.AddMetadata("authorization", "Bearer " + device.enrolment().credential());
  v1::ExportReportRequest request;
  *request.mutable_client() = device.clientInfo();
  request.set_unit_id(unit);
  request.set_year(2021);
  request.set_quarter(quarter);
  request.set_format(format);
  request.set_kind(kind);
  Export result;
  std::unique_ptr<grpc::ClientReader<v1::ExportReportChunk>> reader = stub->ExportReport(&context, request);
  v1::ExportReportChunk chunk;
  while (reader->Read(&chunk)) {
    result.bytes += chunk.data();
    result.chunks.push_back(chunk);
  }
  result.result = resultOf(reader->Finish(), context);
  return result;
}

}  // namespace

TEST_CASE("the workspace downloads the progress report as a PDF, the first chunk naming the file") {
  ProvinceFixture fixture;
  RawDevice province = fixture.rawDevice();
  const Export pdf = exportReport(fixture, province, "19", v1::EXPORT_FORMAT_PDF);
  INFO(pdf.result.status.error_message());
  REQUIRE(pdf.result.status.ok());
  REQUIRE_FALSE(pdf.chunks.empty());
  CHECK(pdf.chunks.front().file_name() == "tien-do-19-2021.pdf");
  CHECK(pdf.chunks.front().content_type() == "application/pdf");
  CHECK(pdf.chunks.front().total_bytes() == pdf.bytes.size());
  CHECK(pdf.bytes.rfind("%PDF-", 0) == 0);
  CHECK(pdf.bytes.find("%%EOF") != std::string::npos);
  for (const v1::ExportReportChunk& chunk : pdf.chunks) CHECK(chunk.ByteSizeLong() < 1024 * 1024);
}

TEST_CASE("the workspace downloads progress and records as CSV with the byte-order mark Excel needs") {
  ProvinceFixture fixture;
  RawDevice district = fixture.rawDevice(QStringLiteral("164"));
  const Export progress = exportReport(fixture, district, "", v1::EXPORT_FORMAT_PROGRESS_CSV, 2);
  INFO(progress.result.status.error_message());
  REQUIRE(progress.result.status.ok());
  CHECK(progress.chunks.front().file_name() == "tien-do-164-2021-q2.csv");
  CHECK(progress.chunks.front().content_type() == "text/csv; charset=utf-8");
  CHECK(progress.bytes.rfind("\xEF\xBB\xBFMã đơn vị,", 0) == 0);
  CHECK(progress.bytes.find("Thành phố Thái Nguyên") != std::string::npos);

  RawDevice branch = fixture.rawDevice(QStringLiteral("05449-1"));
  const std::vector<RecordVersion> versions{branch.newActivity(QStringLiteral("05449-1"),
                                                               QStringLiteral("Tuyên truyền biển, đảo"))};
  v1::PushResponse pushed;
  REQUIRE(branch.push(branch.pushRequest(versions, 1), &pushed).status.ok());
  const Export records = exportReport(fixture, district, "164", v1::EXPORT_FORMAT_RECORDS_CSV, 0, "activity");
  INFO(records.result.status.error_message());
  REQUIRE(records.result.status.ok());
  CHECK(records.chunks.front().file_name() == "activity.csv");
  CHECK(records.bytes.rfind("\xEF\xBB\xBFMã hồ sơ,", 0) == 0);
  CHECK(records.bytes.find("\"Tuyên truyền biển, đảo\"") != std::string::npos);
}

TEST_CASE("a branch device asking for another district's report is refused as out of scope") {
  ProvinceFixture fixture;
  RawDevice branch = fixture.rawDevice(QStringLiteral("05449-1"));
  const Export refused = exportReport(fixture, branch, "173", v1::EXPORT_FORMAT_PDF);
  CHECK(refused.result.status.error_code() == grpc::StatusCode::PERMISSION_DENIED);
  CHECK(refused.result.reason == "OUT_OF_SCOPE");
  CHECK(refused.chunks.empty());
  CHECK(exportReport(fixture, branch, "05449-1", v1::EXPORT_FORMAT_PROGRESS_CSV).result.status.ok());
}

TEST_CASE("an export asking for a fifth quarter or an unknown kind is refused with words") {
  ProvinceFixture fixture;
  RawDevice province = fixture.rawDevice();
  const Export quarter = exportReport(fixture, province, "19", v1::EXPORT_FORMAT_PDF, 5);
  CHECK(quarter.result.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
  CHECK(quarter.result.status.error_message().find("Quý phải từ 1 đến 4") != std::string::npos);
  const Export kind = exportReport(fixture, province, "19", v1::EXPORT_FORMAT_RECORDS_CSV, 0, "recipe");
  CHECK(kind.result.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
  CHECK(kind.result.status.error_message().find("Unknown record kind \"recipe\"") != std::string::npos);
}
