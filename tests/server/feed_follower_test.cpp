// How a server process follows what other processes wrote (report/feed_follower.h): reading the change
// feed after a position, a chunk at a time, gives each changed record once at its current head, and passes
// over the heads this process applied itself.
#include "server_fixture.h"

#include "report/feed_follower.h"
#include "storage/transaction.h"

#include <QHash>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::ServerFixture;

namespace {

const QString kBranch = QStringLiteral("05449-1");

// Reads chunk after chunk, each in its own transaction as a server does between answers, to the end.
std::vector<HeadChange> readToEnd(ServerFixture& f, FeedFollower& follower, int* chunks) {
  std::vector<HeadChange> all;
  for (*chunks = 1;; ++*chunks) {
    Transaction tx(f.db(), Transaction::Mode::Read);
    HeadsRead read;
    std::vector<HeadChange> some = follower.read(tx, &read);
    tx.commit();
    all.insert(all.end(), some.begin(), some.end());
    follower.advanceTo(read.upTo);
    if (!read.cut) return all;
  }
}

// 30 new activities, then 6 of them edited and 3 deleted; returns every record's head by id.
QHash<QString, RecordVersion> writeSome(ServerFixture& f) {
  const Device device = f.enrolDevice(kBranch);
  std::vector<PushItem> items;
  QHash<QString, RecordVersion> heads;
  quint64 seq = 0;
  for (int i = 0; i < 30; ++i) {
    const RecordVersion version = ServerFixture::newActivity(kBranch);
    items.push_back(ServerFixture::item(++seq, version));
    heads.insert(version.recordId, version);
  }
  REQUIRE(f.push(device, items).results.size() == items.size());
  items.clear();
  int changed = 0;
  for (auto it = heads.begin(); it != heads.end() && changed < 9; ++it, ++changed) {
    it.value() = ServerFixture::editOf(it.value(), {{QStringLiteral("title"), QStringLiteral("Đã sửa")}});
    it.value().deleted = changed >= 6;
    items.push_back(ServerFixture::item(++seq, it.value()));
  }
  for (const PushItemResult& result : f.push(device, items).results) REQUIRE(result.outcome == PushOutcome::Accepted);
  return heads;
}

}  // namespace

TEST_CASE("following the feed in chunks gives each changed record once, at its current head") {
  ServerFixture f;
  const QHash<QString, RecordVersion> heads = writeSome(f);
  FeedFollower follower(0, 7);
  int chunks = 0;
  const std::vector<HeadChange> read = readToEnd(f, follower, &chunks);
  CHECK(chunks == 5);  // 30 records in chunks of 7
  REQUIRE(read.size() == size_t(heads.size()));
  QSet<QString> seen;
  quint64 previous = 0;
  for (const HeadChange& change : read) {
    INFO("record " << change.version.recordId.toStdString());
    CHECK(change.position > previous);  // in feed order
    previous = change.position;
    seen.insert(change.version.recordId);
    const RecordVersion& head = heads.value(change.version.recordId);
    CHECK(change.position == f.version(head.versionId)->position);
    CHECK(change.version.deleted == head.deleted);
    if (!head.deleted) CHECK(change.version.fields.value(QStringLiteral("title")) == head.fields.value(QStringLiteral("title")));
  }
  CHECK(seen.size() == heads.size());
  CHECK(readToEnd(f, follower, &chunks).empty());  // nothing new: nothing again
}

TEST_CASE("following the feed passes over the heads this process applied as they committed") {
  ServerFixture f;
  const QHash<QString, RecordVersion> heads = writeSome(f);
  std::vector<HeadChange> ours;
  for (const RecordVersion& head : heads)
    if (ours.size() < 10) ours.push_back({head, f.version(head.versionId)->position});
  FeedFollower follower(0, 7);
  follower.applied(ours);
  int chunks = 0;
  const std::vector<HeadChange> read = readToEnd(f, follower, &chunks);
  CHECK(read.size() == size_t(heads.size()) - ours.size());
  for (const HeadChange& change : read)
    for (const HeadChange& applied : ours) CHECK(change.version.recordId != applied.version.recordId);
}
