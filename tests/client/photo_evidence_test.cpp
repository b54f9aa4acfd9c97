// Evidence photos on the device: scaled and compressed before they are kept, kept under their SHA-256,
// sent only after their record, each once, and held back from a mobile link when the leader says so.
#include "test_support.h"

#include "media/photo_rules.h"
#include "photos/photo_folder.h"
#include "photos/photo_network_policy.h"
#include "photos/photo_scaling.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <random>

using namespace sohoi;
using namespace sohoi::client;

namespace {

// A camera-like picture: a sheet of paper's gradient with the sensor's grain, which JPEG cannot shrink away.
QImage cameraPicture(int width, int height) {
  QImage image(width, height, QImage::Format_RGB32);
  std::mt19937 grain(42);
  for (int y = 0; y < height; ++y) {
    QRgb* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < width; ++x) {
      const int noise = static_cast<int>(grain() % 9) - 4;
      const int shade = std::clamp(120 + 100 * x / width + noise, 0, 255);
      line[x] = qRgb(shade, std::clamp(shade - 20 * y / height, 0, 255), 200);
    }
  }
  return image;
}

}  // namespace

TEST_CASE("a camera's photo is turned into a JPEG of at most 1600 px on its long side and about 200 KB") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("IMG_0001.png"));
  REQUIRE(cameraPicture(4000, 3000).save(path));
  REQUIRE(QFile(path).size() > 1024 * 1024);

  QByteArray jpeg;
  const Status status = preparePhoto(path, &jpeg);
  REQUIRE(status.isOk());
  CHECK(photoMediaType(jpeg) == QStringLiteral("image/jpeg"));
  CHECK(jpeg.size() <= kPhotoTargetBytes);
  const QImage scaled = QImage::fromData(jpeg);
  CHECK(scaled.width() == kPhotoLongSide);
  CHECK(scaled.height() == 1200);
}

TEST_CASE("a small photo keeps its size and a portrait one its orientation") {
  const QImage portrait = QImage::fromData(preparedJpeg(cameraPicture(600, 900)));
  CHECK(portrait.size() == QSize(600, 900));
}

TEST_CASE("a file that is not a picture is refused with words, whatever its name") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("danh-sach.jpg"));
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write("Danh sách dự họp chi hội");
  file.close();
  QByteArray jpeg;
  const Status status = preparePhoto(path, &jpeg);
  CHECK(status.code() == QStringLiteral("NOT_A_PHOTO"));
  CHECK(status.messageVi().contains(QStringLiteral("Không đọc được ảnh")));
  CHECK(jpeg.isEmpty());
}

TEST_CASE("the photo folder keeps a photo once under its SHA-256 and never hands out a damaged one") {
  QTemporaryDir dir;
  const PhotoFolder folder(dir.filePath(QStringLiteral("photos")));
  const QByteArray photo = preparedJpeg(cameraPicture(320, 240));
  QString first, second;
  REQUIRE(folder.keep(photo, &first).isOk());
  REQUIRE(folder.keep(photo, &second).isOk());
  CHECK(first == second);
  CHECK(first == photoHashOf(photo));
  CHECK(isPhotoHash(first));
  CHECK(folder.read(first) == photo);

  QFile file(folder.pathOf(first));
  REQUIRE(file.open(QIODevice::ReadWrite));
  file.seek(100);
  file.write("xx");
  file.close();
  CHECK(folder.read(first).isEmpty());
}

TEST_CASE("a photo waits to go up until its record is acknowledged, and goes once however many records list it") {
  test::TempStore device;
  LocalStore& store = *device.store;
  const QString hash = photoHashOf("photo one"), other = photoHashOf("photo two");
  QVariantMap fields = test::activityFields();
  fields.insert(QStringLiteral("photos"), QStringList{hash, other});
  REQUIRE(store.createRecord(RecordKind::Activity, {}, fields).isOk());
  fields.insert(QStringLiteral("photos"), QStringList{hash});
  REQUIRE(store.createRecord(RecordKind::Activity, {}, fields).isOk());
  CHECK(store.photosToSend().empty());  // records first

  std::vector<MutationResult> acknowledged;
  for (const Mutation& mutation : store.pendingBatch(10)) acknowledged.push_back({mutation.seq, Outcome::Accepted, {}});
  REQUIRE(store.markAcknowledged(acknowledged).isOk());
  std::vector<PhotoToSend> waiting = store.photosToSend();
  REQUIRE(waiting.size() == 2);
  CHECK(waiting[0].hash == hash);
  CHECK(waiting[1].hash == other);

  REQUIRE(store.markPhotoSent(hash).isOk());
  waiting = store.photosToSend();
  REQUIRE(waiting.size() == 1);
  CHECK(waiting[0].hash == other);
}

TEST_CASE("a record listing a photo twice, or something that is not a photo's hash, is refused") {
  test::TempStore device;
  const QString hash = photoHashOf("photo");
  QVariantMap fields = test::activityFields();
  fields.insert(QStringLiteral("photos"), QStringList{hash, hash});
  CHECK(device.store->createRecord(RecordKind::Activity, {}, fields).messageVi().contains(QStringLiteral("trùng")));
  fields.insert(QStringLiteral("photos"), QStringList{QStringLiteral("IMG_0001.jpg")});
  CHECK(device.store->createRecord(RecordKind::Activity, {}, fields).field() == QStringLiteral("photos"));
}

TEST_CASE("photos wait for Wi-Fi only when the leader chose so, and not for ever on a link nobody names") {
  CHECK(photosMayGo(false, LinkKind::Cellular, true));
  CHECK_FALSE(photosMayGo(true, LinkKind::Cellular, false));
  CHECK_FALSE(photosMayGo(true, LinkKind::WiFi, true));  // a phone's hotspot: Wi-Fi, but metered
  CHECK(photosMayGo(true, LinkKind::WiFi, false));
  CHECK(photosMayGo(true, LinkKind::Ethernet, false));
  CHECK(photosMayGo(true, LinkKind::Unknown, false));
}
