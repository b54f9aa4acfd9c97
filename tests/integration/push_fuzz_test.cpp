// Seeded fuzzing of push decoding and validation against a real sohoi-server on loopback: valid pushes with
// bytes flipped, inserted, deleted, copied or cut off, and plain random bytes. Whatever arrives, the server
// answers with a status a device can act on and keeps serving. The seed is fixed so that a failure repeats;
// SOHOI_FUZZ_SEED=<number> explores others. (tests/fuzz has the same decoding under libFuzzer, in process.)
#include "ids/uuid7.h"
#include "support/raw_device.h"
#include "support/server_process.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <random>
#include <set>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");
constexpr int kCases = 5000;

// Valid pushes of several kinds, edits and tombstones: the material mutations start from.
std::vector<std::string> seedPushes(RawDevice& device) {
  RecordVersion household = device.newActivity(kBranch);
  household.kind = RecordKind::Household;
  household.fields = {{"head_name", QStringLiteral("Hoàng Thị Mai")},
                      {"hamlet", QStringLiteral("Xóm Đồng Tâm")},
                      {"female_headed", true},
                      {"size", 4}};
  RecordVersion visit = device.newActivity(kBranch);
  visit.kind = RecordKind::HouseholdVisit;
  visit.fields = {{"household_id", household.recordId},
                  {"date", QDate(2021, 5, 2)},
                  {"clean_house", true},
                  {"support_given", QStringLiteral("Tặng 2 bao xi măng, hướng dẫn làm chuồng trại")}};
  RecordVersion training = device.newActivity(kBranch);
  training.kind = RecordKind::Training;
  training.fields = {{"kind", 3},
                     {"title", QStringLiteral("Lớp nghề may")},
                     {"date", QDate(2021, 6, 1)},
                     {"trainee_ids", QStringList{newUuid7(), newUuid7()}}};
  RecordVersion edit = device.newActivity(kBranch, QStringLiteral("Sửa tên hoạt động"));
  edit.baseVersionId = newUuid7();
  RecordVersion tombstone = device.newActivity(kBranch);
  tombstone.deleted = true;
  return {device.pushRequest({device.newActivity(kBranch)}, 1).SerializeAsString(),
          device.pushRequest({household, visit, training}, 1).SerializeAsString(),
          device.pushRequest({edit, tombstone}, 7).SerializeAsString(),
          device.pushRequest({}, 1).SerializeAsString()};
}

std::string randomBytes(std::mt19937& random, size_t size) {
  std::string bytes(size, '\0');
  for (char& byte : bytes) byte = static_cast<char>(random() & 0xff);
  return bytes;
}

// Edits of a valid push, the kinds of damage a bad link or a bad client does: mostly one, so that many
// still decode and go on to validation; sometimes up to four.
std::string mangled(std::string bytes, std::mt19937& random) {
  const int edits = random() % 4 == 0 ? 1 + static_cast<int>(random() % 4) : 1;
  for (int i = 0; i < edits && !bytes.empty(); ++i) {
    const size_t at = random() % bytes.size();
    switch (random() % 6) {
      case 0:
        bytes[at] = static_cast<char>(bytes[at] ^ (1 << (random() % 8)));
        break;
      case 1:
        bytes[at] = static_cast<char>(random() & 0xff);
        break;
      case 2:
        bytes.insert(at, randomBytes(random, 1 + random() % 8));
        break;
      case 3:
        bytes.erase(at, 1 + random() % 16);
        break;
      case 4:
        bytes.resize(at);
        break;
      case 5: {
        const std::string copied = bytes.substr(at, 1 + random() % 32);
        bytes.insert(random() % bytes.size(), copied);
        break;
      }
    }
  }
  return bytes;
}

unsigned seed() {
  const char* given = std::getenv("SOHOI_FUZZ_SEED");
  return given ? static_cast<unsigned>(std::strtoul(given, nullptr, 10)) : 20261130u;
}

// The codes the server's status mapping answers a push with; anything else (INTERNAL, UNKNOWN, or
// UNAVAILABLE because the server died) fails the test.
const std::set<grpc::StatusCode> kAnswers{
    grpc::StatusCode::OK, grpc::StatusCode::INVALID_ARGUMENT, grpc::StatusCode::FAILED_PRECONDITION,
    grpc::StatusCode::RESOURCE_EXHAUSTED, grpc::StatusCode::UNAUTHENTICATED};

bool actionable(const CallResult& result) {
  if (result.status.ok()) return true;
  return kAnswers.count(result.status.error_code()) && !result.status.error_message().empty() &&
         !result.reason.empty();
}

}  // namespace

TEST_CASE("the server answers every mangled or random push with a status a device can act on") {
  QTemporaryDir dir;
  const QString db = demoDatabase(dir.path());
  ServerProcess server(db);
  REQUIRE(server.start());
  RawDevice device(server.address());
  REQUIRE(device.enroll(issueCode(db, kBranch)).status.ok());
  const std::string push = methodPath(v1::SyncService::service_full_name(), "Push");

  std::mt19937 random(seed());
  INFO("seed " << seed());
  const std::vector<std::string> seeds = seedPushes(device);
  int failed = 0;
  std::vector<std::string> examples;
  for (int i = 0; i < kCases; ++i) {
    // One case in eight is plain noise; the rest start from a valid push.
    const std::string bytes = random() % 8 == 0 ? randomBytes(random, random() % 300)
                                                : mangled(seeds[random() % seeds.size()], random);
    const CallResult result = device.callRaw(push, bytes);
    if (actionable(result)) continue;
    if (++failed <= 5)
      examples.push_back("case " + std::to_string(i) + ": code " +
                         std::to_string(result.status.error_code()) + " \"" + result.status.error_message() +
                         "\" reason \"" + result.reason + "\"");
  }
  CAPTURE(examples);
  CHECK(failed == 0);
  REQUIRE(server.running());
  v1::PushResponse response;
  CHECK(device.push(device.pushRequest({device.newActivity(kBranch)}, 1), &response).status.ok());
}
