// Several sohoi-server processes on one database (DESIGN §6), as a province behind a load balancer runs
// them on PostgreSQL: feed positions follow commit order across the processes, so a device pulling through
// either while both take pushes never skips a change that commits late, nor gets one twice.
#include "ids/uuid7.h"
#include "support/province_fixture.h"

#include <QHash>
#include <QSet>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");
constexpr int kWriters = 4;
constexpr int kBatches = 12;
constexpr int kPerBatch = 5;

QString versionIdOf(const v1::Change& change) { return uuidFromBytes(change.version().version_id()); }

// Pushes kBatches batches of new activities; returns the version ids the server accepted.
QSet<QString> pushBatches(RawDevice& device) {
  QSet<QString> accepted;
  quint64 seq = 1;
  for (int batch = 0; batch < kBatches; ++batch) {
    std::vector<RecordVersion> versions;
    for (int i = 0; i < kPerBatch; ++i) versions.push_back(device.newActivity(kBranch));
    v1::PushResponse response;
    if (!device.push(device.pushRequest(versions, seq), &response).status.ok()) break;
    for (int i = 0; i < response.results_size() && i < kPerBatch; ++i)
      if (response.results(i).outcome() == v1::OUTCOME_ACCEPTED)
        accepted.insert(versions[size_t(i)].versionId);
    seq += kPerBatch;
  }
  return accepted;
}

}  // namespace

TEST_CASE("pulls through two servers on one database while both take pushes miss nothing and repeat nothing") {
  ProvinceFixture fixture;
  ServerProcess second(fixture.db);
  REQUIRE(second.start());
  ServerProcess* servers[] = {&fixture.server, &second};

  std::vector<std::unique_ptr<RawDevice>> writers;
  for (int i = 0; i < kWriters; ++i) {
    writers.push_back(std::make_unique<RawDevice>(servers[i % 2]->address()));
    REQUIRE(writers.back()->enroll(issueCode(fixture.db, kBranch)).status.ok());
  }
  // One province device, reached through either server with the same credential and cursor.
  RawDevice readerA = fixture.rawDevice();
  RawDevice readerB(second.address());
  readerB.setCredential(readerA.enrolment().credential());
  RawDevice* readers[] = {&readerA, &readerB};

  std::vector<QSet<QString>> accepted(kWriters);
  std::atomic<int> running{kWriters};
  std::vector<std::thread> threads;
  for (int i = 0; i < kWriters; ++i)
    threads.emplace_back([&, i] {
      accepted[size_t(i)] = pushBatches(*writers[size_t(i)]);
      --running;
    });

  QHash<QString, int> seen;
  v1::PullRequest request;
  *request.mutable_client() = readerA.clientInfo();
  request.set_page_size(20);
  // Through both servers in turn, while the writers write; then once more to the end of the feed.
  auto pullPage = [&](int pull) {
    v1::PullResponse page;
    const CallResult result = readers[pull % 2]->pull(request, &page);
    REQUIRE(result.status.ok());
    REQUIRE_FALSE(page.reset());
    for (const v1::Change& change : page.changes()) ++seen[versionIdOf(change)];
    request.set_cursor(page.next_cursor());
    return page.has_more();
  };
  int pull = 0;
  while (running > 0) pullPage(pull++);
  for (std::thread& thread : threads) thread.join();
  while (pullPage(pull++)) {
  }

  int pushed = 0;
  for (const QSet<QString>& ids : accepted) {
    pushed += int(ids.size());
    for (const QString& id : ids) CHECK(seen.value(id) == 1);
  }
  CHECK(pushed == kWriters * kBatches * kPerBatch);
  for (auto it = seen.cbegin(); it != seen.cend(); ++it) CHECK(it.value() == 1);
  CHECK(seen.size() == qsizetype(readerA.pullAll().size()));  // and nothing more than a fresh download
}
