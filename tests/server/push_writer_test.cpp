// Group commit: batches queued while the writer is busy are written together in one transaction, each
// answered as if pushed alone; one that fails is undone alone; the listener hears of each group once.
#include <catch2/catch.hpp>

#include "server_fixture.h"
#include "storage/storage_error.h"
#include "sync/push_writer.h"

#include <chrono>
#include <future>
#include <thread>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::ServerFixture;

namespace {

const QString kBranch = QStringLiteral("05449-1");
constexpr auto kNoDeadline = std::chrono::system_clock::time_point::max();

// Records each call; holds the writer in its first call until opened, so that what is pushed meanwhile
// queues up and is written as the next group.
class GateListener final : public HeadChangeListener {
 public:
  void headsChanged(const std::vector<HeadChange>& changes) override {
    {
      std::lock_guard lock(mutex_);
      calls_.push_back(changes);
      if (calls_.size() == 1) entered_.set_value();
    }
    opened_.wait();
  }
  void waitUntilHeld() { entered_.get_future().wait(); }
  void open() { gate_.set_value(); }
  std::vector<std::vector<HeadChange>> calls() {
    std::lock_guard lock(mutex_);
    return calls_;
  }

 private:
  std::mutex mutex_;
  std::vector<std::vector<HeadChange>> calls_;
  std::promise<void> entered_;
  std::promise<void> gate_;
  std::shared_future<void> opened_{gate_.get_future().share()};
};

// A writer whose next group is made of the batches given to queue(), in that order.
struct GroupFixture {
  ServerFixture f;
  GateListener listener;
  PushWriter writer{f.db(), f.pusher};
  std::vector<std::future<PushBatchResult>> answers;

  GroupFixture() {
    f.pusher.setListener(&listener);
    const Device holder = f.enrolDevice(kBranch, QStringLiteral("Chị Giữ"));
    answers.push_back(submit(holder, {ServerFixture::item(1, ServerFixture::newActivity(kBranch))}));
    listener.waitUntilHeld();
  }
  ~GroupFixture() { open(); }

  std::future<PushBatchResult> submit(const Device& device, std::vector<PushItem> items) {
    return std::async(std::launch::async, [this, device, items = std::move(items)]() mutable {
      return *writer.push(device, std::move(items), std::nullopt, kNoDeadline);
    });
  }
  /// Queues a batch behind the ones queued before; returns its index in answers.
  size_t queue(const Device& device, std::vector<PushItem> items) {
    const size_t queuedBefore = writer.queuedBatches();
    answers.push_back(submit(device, std::move(items)));
    while (writer.queuedBatches() == queuedBefore) std::this_thread::yield();
    return answers.size() - 1;
  }
  void open() {
    if (opened_) return;
    opened_ = true;
    listener.open();
  }

 private:
  bool opened_ = false;
};

// The device, without an id, that a batch failing in storage is pushed as (with failingBatch's items): its
// versions are stored, then the push log row of its refused item, which needs a device, fails.
Device failingInStorage(const Device& device) {
  Device broken = device;
  broken.id = QString();
  return broken;
}

// A batch of `stored` and then an item the server refuses: the push log keeps no row for an accepted item,
// so the refusal is what makes failingInStorage's batch write one.
std::vector<PushItem> failingBatch(const RecordVersion& stored) {
  RecordVersion refused = ServerFixture::newActivity(kBranch);
  refused.fields.insert(QStringLiteral("participants_women"), qint64(99));  // more than took part
  return {ServerFixture::item(1, stored), ServerFixture::item(2, refused)};
}

}  // namespace

TEST_CASE("batches of several devices queued together are all stored, each with its own answer") {
  GroupFixture g;
  const Device a = g.f.enrolDevice(kBranch, QStringLiteral("Chị A"));
  const Device b = g.f.enrolDevice(kBranch, QStringLiteral("Chị B"));
  const RecordVersion va = ServerFixture::newActivity(kBranch);
  const RecordVersion vb1 = ServerFixture::newActivity(kBranch);
  const RecordVersion vb2 = ServerFixture::newActivity(kBranch);
  const size_t ia = g.queue(a, {ServerFixture::item(1, va)});
  const size_t ib = g.queue(b, {ServerFixture::item(1, vb1), ServerFixture::item(2, vb2)});
  g.open();

  const PushBatchResult ra = g.answers[ia].get();
  const PushBatchResult rb = g.answers[ib].get();
  CHECK(ra.lastSeq == 1);
  REQUIRE(rb.results.size() == 2);
  CHECK(rb.results[1].outcome == PushOutcome::Accepted);
  CHECK(rb.lastSeq == 2);
  CHECK_FALSE(ra.epoch.isEmpty());
  CHECK(g.f.record(va.recordId)->headVersionId == va.versionId);
  CHECK(g.f.record(vb2.recordId)->headVersionId == vb2.versionId);
  CHECK(g.f.reload(a).lastSeq == 1);
  CHECK(g.f.reload(b).lastSeq == 2);
}

TEST_CASE("a batch that fails in storage is undone alone while the rest of its group is stored") {
  GroupFixture g;
  const Device before = g.f.enrolDevice(kBranch, QStringLiteral("Chị Trước"));
  const Device enrolled = g.f.enrolDevice(kBranch, QStringLiteral("Chị Lỗi"));
  const Device broken = failingInStorage(enrolled);
  const Device after = g.f.enrolDevice(kBranch, QStringLiteral("Chị Sau"));
  const RecordVersion vBefore = ServerFixture::newActivity(kBranch);
  const RecordVersion vBroken = ServerFixture::newActivity(kBranch);
  const RecordVersion vAfter = ServerFixture::newActivity(kBranch);
  const size_t iBefore = g.queue(before, {ServerFixture::item(1, vBefore)});
  const size_t iBroken = g.queue(broken, failingBatch(vBroken));
  const size_t iAfter = g.queue(after, {ServerFixture::item(1, vAfter)});
  g.open();

  CHECK(g.answers[iBefore].get().lastSeq == 1);
  CHECK_THROWS_AS(g.answers[iBroken].get(), StorageError);
  CHECK(g.answers[iAfter].get().lastSeq == 1);
  CHECK(g.f.record(vBefore.recordId));
  CHECK_FALSE(g.f.record(vBroken.recordId));
  CHECK(g.f.record(vAfter.recordId));
  CHECK(g.f.reload(enrolled).lastSeq == 0);
  // The undone batch gave its feed position back: the next batch's follows without a gap.
  CHECK(g.f.version(vAfter.versionId)->position == g.f.version(vBefore.versionId)->position + 1);
  // The group was written twice (first whole, then batch by batch); the listener heard of it once.
  const std::vector<std::vector<HeadChange>> calls = g.listener.calls();
  REQUIRE(calls.size() == 2);  // the holder's group, then this one
  REQUIRE(calls[1].size() == 2);
  CHECK(calls[1][0].version.versionId == vBefore.versionId);
  CHECK(calls[1][1].version.versionId == vAfter.versionId);
}

TEST_CASE("a group's first batch that fails in storage gives its feed positions back too") {
  // The group shares one feed counter: the failed batch took it first, and the next batch's versions
  // still follow the feed without a gap.
  GroupFixture g;
  const Device broken = failingInStorage(g.f.enrolDevice(kBranch, QStringLiteral("Chị Lỗi")));
  const RecordVersion vBroken = ServerFixture::newActivity(kBranch);
  const size_t iBroken = g.queue(broken, failingBatch(vBroken));
  const RecordVersion vAfter1 = ServerFixture::newActivity(kBranch);
  const RecordVersion vAfter2 = ServerFixture::newActivity(kBranch);
  const size_t iAfter = g.queue(g.f.enrolDevice(kBranch, QStringLiteral("Chị Sau")),
                                {ServerFixture::item(1, vAfter1), ServerFixture::item(2, vAfter2)});
  g.open();

  CHECK_THROWS_AS(g.answers[iBroken].get(), StorageError);
  CHECK(g.answers[iAfter].get().lastSeq == 2);
  const quint64 held = g.answers[0].get().lastSeq;  // the gate holder's push, written alone before
  REQUIRE(held == 1);
  // The holder's one version is the feed's first: the group's versions follow it at 2 and 3.
  CHECK(g.f.version(vAfter1.versionId)->position == 2);
  CHECK(g.f.version(vAfter2.versionId)->position == 3);
  CHECK_FALSE(g.f.record(vBroken.recordId));
}

TEST_CASE("a group's last batch that fails in storage is undone alone, the batches before it stored") {
  // On PostgreSQL a batch's writes are held back until something waits for them: the last batch's must be
  // awaited before the commit, where a failure among them is still the group's to write again batch by batch.
  GroupFixture g;
  const RecordVersion vBefore = ServerFixture::newActivity(kBranch);
  const size_t iBefore =
      g.queue(g.f.enrolDevice(kBranch, QStringLiteral("Chị Trước")), {ServerFixture::item(1, vBefore)});
  const RecordVersion vBroken = ServerFixture::newActivity(kBranch);
  const size_t iBroken =
      g.queue(failingInStorage(g.f.enrolDevice(kBranch, QStringLiteral("Chị Lỗi"))), failingBatch(vBroken));
  g.open();

  CHECK(g.answers[iBefore].get().lastSeq == 1);
  CHECK_THROWS_AS(g.answers[iBroken].get(), StorageError);
  CHECK(g.f.record(vBefore.recordId));
  CHECK_FALSE(g.f.record(vBroken.recordId));
}

TEST_CASE("a batch alone in its group that fails in storage stores nothing, and the next one goes on") {
  // Alone, it has no savepoint of its own: its failure undoes the group's transaction.
  GroupFixture g;
  const Device enrolled = g.f.enrolDevice(kBranch, QStringLiteral("Chị Lỗi"));
  const Device broken = failingInStorage(enrolled);
  const RecordVersion vBroken = ServerFixture::newActivity(kBranch);
  const size_t iBroken = g.queue(broken, failingBatch(vBroken));
  g.open();
  CHECK_THROWS_AS(g.answers[iBroken].get(), StorageError);
  CHECK_FALSE(g.f.record(vBroken.recordId));

  const RecordVersion vNext = ServerFixture::newActivity(kBranch);
  const PushBatchResult next =
      *g.writer.push(enrolled, {ServerFixture::item(1, vNext)}, std::nullopt, kNoDeadline);
  CHECK(next.lastSeq == 1);
  CHECK(g.f.record(vNext.recordId));
  CHECK(g.f.reload(enrolled).lastSeq == 1);
}

TEST_CASE("two batches of one device in one group follow each other's sequence") {
  GroupFixture g;
  const Device device = g.f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  const RecordVersion v2 = ServerFixture::editOf(v1, {{QStringLiteral("title"), QStringLiteral("Sửa tên")}});
  const RecordVersion v3 = ServerFixture::newActivity(kBranch);
  const size_t first = g.queue(device, {ServerFixture::item(1, v1), ServerFixture::item(2, v2)});
  const size_t second = g.queue(device, {ServerFixture::item(2, v2), ServerFixture::item(3, v3)});
  g.open();

  CHECK(g.answers[first].get().lastSeq == 2);
  const PushBatchResult again = g.answers[second].get();
  REQUIRE(again.results.size() == 2);
  CHECK(again.results[0].outcome == PushOutcome::Accepted);  // seq 2 answered as before
  CHECK(again.results[1].outcome == PushOutcome::Accepted);
  CHECK_FALSE(again.sequenceGap);
  CHECK(again.lastSeq == 3);
  CHECK(g.f.versionCount() == 4);  // the holder's, v1, v2, v3: seq 2 stored once
  CHECK(g.f.record(v1.recordId)->headVersionId == v2.versionId);
}

TEST_CASE("the listener hears of a group's heads once, in feed order") {
  GroupFixture g;
  const Device a = g.f.enrolDevice(kBranch, QStringLiteral("Chị A"));
  const Device b = g.f.enrolDevice(kBranch, QStringLiteral("Chị B"));
  const RecordVersion va = ServerFixture::newActivity(kBranch);
  const RecordVersion vb = ServerFixture::newActivity(kBranch);
  g.queue(a, {ServerFixture::item(1, va)});
  g.queue(b, {ServerFixture::item(1, vb)});
  g.open();
  for (std::future<PushBatchResult>& answer : g.answers) answer.get();

  const std::vector<std::vector<HeadChange>> calls = g.listener.calls();
  REQUIRE(calls.size() == 2);  // the holder's group, then the one both batches were written in
  REQUIRE(calls[1].size() == 2);
  CHECK(calls[1][0].version.versionId == va.versionId);
  CHECK(calls[1][1].version.versionId == vb.versionId);
  CHECK(calls[1][0].position < calls[1][1].position);
}

TEST_CASE("a stopped writer writes what was queued and refuses what comes after") {
  GroupFixture g;
  const Device device = g.f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  const size_t queued = g.queue(device, {ServerFixture::item(1, v1)});
  std::thread stopper([&] { g.writer.stop(); });
  g.open();
  stopper.join();
  CHECK(g.answers[queued].get().lastSeq == 1);
  CHECK_THROWS_AS(g.writer.push(device, {ServerFixture::item(2, ServerFixture::newActivity(kBranch))},
                                std::nullopt, kNoDeadline),
                  StorageError);
}
