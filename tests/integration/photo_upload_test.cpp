// Evidence photos on the wire (PhotoService): an upload resumes after any cut from the bytes the server
// holds and ends byte-identical; a photo is read only through a record in the caller's scope; a file that
// is not a photo, or one too large, is refused with words a leader can act on.
#include "ids/uuid7.h"
#include "media/photo_rules.h"
#include "photos/photo_client.h"
#include "photos/photo_folder.h"
#include "photos/photo_uploader.h"
#include "support/cutting_proxy.h"
#include "support/province_fixture.h"
#include "support/test_device.h"
#include "sync/sync_client.h"

#include <catch2/catch.hpp>
#include <grpcpp/support/status_code_enum.h>
#include <algorithm>
#include <random>

using namespace sohoi;
using namespace sohoi::client;
using namespace sohoi::testing;

namespace {

const QString kBranchA = QStringLiteral("05449-1");
const QString kBranchB = QStringLiteral("05449-2");
const QString kCommune = QStringLiteral("05449");

/// size bytes that start as a JPEG does and then do not compress, as a camera's photo.
QByteArray fakeJpeg(int size, quint32 seed) {
  std::mt19937 random(seed);
  QByteArray bytes("\xFF\xD8\xFF\xE0", 4);
  while (bytes.size() < size) bytes.append(static_cast<char>(random() & 0xFF));
  return bytes;
}

// A device of the fixture with a synced activity listing photos; the photos are in its folder.
struct PhotoDevice {
  TestDevice device;
  PhotoFolder folder;
  QString recordId;

  PhotoDevice(ProvinceFixture& f, const QString& name, const QString& unit, const std::vector<QByteArray>& photos)
      : device(f, name, unit, 11), folder(f.dir.filePath(name + QStringLiteral("-photos"))) {
    QStringList hashes;
    for (const QByteArray& photo : photos) {
      QString hash;
      REQUIRE(folder.keep(photo, &hash).isOk());
      hashes.append(hash);
    }
    RecordVersion saved;
    const QVariantMap fields{{"kind", 1}, {"title", QStringLiteral("Họp chi hội")}, {"date", QDate(2021, 3, 8)},
                             {"photos", hashes}};
    const Status status = device.store().createRecord(RecordKind::Activity, unit, fields, &saved);
    REQUIRE(status.toString() == QStringLiteral("OK"));
    recordId = saved.recordId;
    REQUIRE(device.sync().ok());
  }
  QString credential() { return device.store().account().credential; }
  PhotoClient clientTo(const QString& address) {
    return PhotoClient(SyncClient::makeChannel(address), credential());
  }
};

}  // namespace

TEST_CASE("a photo upload cut at seeded random offsets resumes and ends byte-identical on the server, sent once") {
  ProvinceFixture f;
  const QByteArray photo = fakeJpeg(200 * 1024, 20211);
  PhotoDevice leader(f, QStringLiteral("leader"), kBranchA, {photo});
  const QString hash = photoHashOf(photo);

  std::mt19937 random(20261129);
  std::uniform_int_distribution<qint64> offsets(1000, photo.size() - 1000);
  std::vector<qint64> cuts{offsets(random), offsets(random), offsets(random)};
  std::sort(cuts.begin(), cuts.end());
  // A good mobile link (800 kbit/s): the server keeps each chunk as fast as it comes, as it does on any
  // real link, so what a cut costs is what was on the wire, not what waited in the server's buffers.
  CuttingProxy proxy(f.server.address(), {cuts, {}, 100 * 1024, {}});

  PhotoClient::Options options;
  PhotoClient throughProxy(SyncClient::makeChannel(proxy.address()), leader.credential(), options);
  PhotoUploader uploader(leader.device.store(), leader.folder, throughProxy, {12, std::chrono::milliseconds(200)});
  const PhotoUploadSummary summary = uploader.sendWaiting();
  INFO("cuts at " << cuts[0] << ", " << cuts[1] << ", " << cuts[2] << "; delivered " << proxy.upBytes());
  CHECK(proxy.cuts() == 3);
  CHECK(summary.sent == 1);
  CHECK(summary.waiting == 0);
  CHECK(leader.device.store().photosToSend().empty());

  PhotoClient direct = leader.clientTo(f.server.address());
  const RpcResult<FetchedPhoto> fetched = direct.fetch(leader.recordId, hash);
  REQUIRE(fetched.ok());
  CHECK(fetched.value->mediaType == QStringLiteral("image/jpeg"));
  CHECK(fetched.value->bytes == photo);

  // Sent once: what reached the server beyond the photo is the calls' framing and the part of a chunk each
  // cut caught (every whole chunk that arrived was kept, and the next call began after it).
  const qint64 framing = 2 * 1024 + static_cast<qint64>(photo.size()) / 40;
  CHECK(proxy.upBytes() - photo.size() <= framing + 3 * options.chunkBytes);

  // A second upload of a photo held is a no-op: answered complete at once, nothing stored again.
  qint64 sentAgain = 0;
  const RpcResult<PhotoOnServer> again = direct.upload(leader.recordId, hash, photo, 0, &sentAgain);
  REQUIRE(again.ok());
  CHECK(again.value->complete);
  const RpcResult<PhotoOnServer> offset = direct.offset(leader.recordId, hash);
  REQUIRE(offset.ok());
  CHECK(offset.value->complete);
}

TEST_CASE("a photo of another branch's record cannot be read, while the commune above it can") {
  ProvinceFixture f;
  const QByteArray photo = fakeJpeg(30 * 1024, 5);
  PhotoDevice owner(f, QStringLiteral("owner"), kBranchA, {photo});
  const QString hash = photoHashOf(photo);
  PhotoClient ownClient = owner.clientTo(f.server.address());
  qint64 sent = 0;
  REQUIRE(ownClient.upload(owner.recordId, hash, photo, 0, &sent).value->complete);

  PhotoDevice other(f, QStringLiteral("other"), kBranchB, {});
  PhotoClient otherClient = other.clientTo(f.server.address());
  const RpcResult<FetchedPhoto> refused = otherClient.fetch(owner.recordId, hash);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error.grpcCode == grpc::StatusCode::NOT_FOUND);
  CHECK(refused.error.messageVi.contains(QStringLiteral("Không có ảnh này")));
  // Naming a record of its own that does not list the photo does not help either.
  CHECK_FALSE(otherClient.fetch(other.recordId, hash).ok());

  PhotoDevice commune(f, QStringLiteral("commune"), kCommune, {});
  const RpcResult<FetchedPhoto> read = commune.clientTo(f.server.address()).fetch(owner.recordId, hash);
  REQUIRE(read.ok());
  CHECK(read.value->bytes == photo);
}

TEST_CASE("a file that is not a photo, or a photo too large, is refused with a clear reason") {
  ProvinceFixture f;
  const QByteArray text("Danh sách dự họp: Nguyễn Thị A, Lê Thị B — not a photo at all");
  const QByteArray huge = fakeJpeg(static_cast<int>(kMaxPhotoBytes) + 1024, 9);
  PhotoDevice leader(f, QStringLiteral("leader"), kBranchA, {text, huge});
  PhotoClient client = leader.clientTo(f.server.address());

  qint64 sent = 0;
  const RpcResult<PhotoOnServer> notPhoto = client.upload(leader.recordId, photoHashOf(text), text, 0, &sent);
  REQUIRE_FALSE(notPhoto.ok());
  CHECK(notPhoto.error.grpcCode == grpc::StatusCode::INVALID_ARGUMENT);
  CHECK(notPhoto.error.messageVi.contains(QStringLiteral("không phải ảnh JPEG hoặc PNG")));
  CHECK(notPhoto.error.messageEn.contains(QStringLiteral("not a JPEG or PNG")));

  const RpcResult<PhotoOnServer> tooLarge = client.upload(leader.recordId, photoHashOf(huge), huge, 0, &sent);
  REQUIRE_FALSE(tooLarge.ok());
  CHECK(tooLarge.error.grpcCode == grpc::StatusCode::RESOURCE_EXHAUSTED);
  CHECK(tooLarge.error.messageVi.contains(QStringLiteral("Ảnh lớn quá")));
  CHECK_FALSE(tooLarge.error.transient);  // sending it again would not help

  // Neither is kept, not even in part.
  CHECK(client.offset(leader.recordId, photoHashOf(text)).value->offset == 0);
  CHECK(client.offset(leader.recordId, photoHashOf(huge)).value->offset == 0);
}
