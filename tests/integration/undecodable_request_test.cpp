// Requests that are not the message their method takes, on the wire to a real sohoi-server: the device (or
// whoever sent them) is told in words that its request could not be read, not gRPC's bare INTERNAL.
#include "support/raw_device.h"
#include "support/province_fixture.h"

#include "sohoi/v1/admin.grpc.pb.h"
#include "sohoi/v1/report.grpc.pb.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");

using Fixture = ProvinceFixture;

// Every method a device may call.
std::vector<std::string> allMethods() {
  const char* sync = v1::SyncService::service_full_name();
  return {methodPath(sync, "Enroll"), methodPath(sync, "Push"), methodPath(sync, "Pull"),
          methodPath(v1::ReportService::service_full_name(), "GetProgress"),
          methodPath(v1::AdminService::service_full_name(), "SignIn"),
          methodPath(v1::AdminService::service_full_name(), "ListDevices")};
}

void checkRefusedAsUndecodable(const CallResult& result) {
  CHECK(result.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
  CHECK(result.reason == "MALFORMED");
  const std::string& message = result.status.error_message();
  CHECK(message.find("Yêu cầu không đọc được") != std::string::npos);
  CHECK(message.find("The request could not be decoded") != std::string::npos);
}

}  // namespace

TEST_CASE("bytes that are no request are refused as invalid, in words, on every method") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  // A field number 0 never occurs in protobuf, so no method can read this.
  const char bytes[] = "\x00\xff\xfe\x01 not a protobuf message";
  const std::string garbage(bytes, sizeof bytes - 1);
  for (const std::string& method : allMethods()) {
    INFO(method);
    checkRefusedAsUndecodable(device.callRaw(method, garbage));
  }
}

TEST_CASE("a request whose text is not UTF-8 is refused as invalid, in words") {
  Fixture fixture;
  RawDevice device(fixture.server.address());
  v1::EnrollRequest request;
  *request.mutable_client() = device.clientInfo();
  request.set_code(issueCode(fixture.db, kBranch));
  // device_name (field 3, length-delimited) holding 0xC3 0x28: a lead byte without its continuation.
  const std::string invalidName("\x1a\x02\xc3\x28", 4);
  checkRefusedAsUndecodable(device.callRaw(allMethods().front(), request.SerializeAsString() + invalidName));
}
