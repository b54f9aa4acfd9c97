// A day's work over a bad mobile link, in figures (a benchmark, not a test): 20 records and 5 photos of
// about 200 KB from a branch's tablet, through a proxy that lets 50 kbit/s up, adds 300 ms of round trip
// and drops the connection every 30 s. Prints how long the records took to be acknowledged, how long the
// photos took, how many cuts they lived through and how many bytes went up twice.
#include "ids/uuid7.h"
#include "photos/photo_client.h"
#include "photos/photo_folder.h"
#include "photos/photo_uploader.h"
#include "support/cutting_proxy.h"
#include "support/province_fixture.h"
#include "support/test_device.h"
#include "sync/sync_client.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <cstdio>
#include <random>

using namespace sohoi;
using namespace sohoi::client;
using namespace sohoi::testing;

namespace {

constexpr int kRecords = 20;
constexpr int kPhotos = 5;
constexpr int kPhotoBytes = 200 * 1024;
constexpr qint64 kUpBytesPerSecond = 50'000 / 8;
constexpr auto kOneWayDelay = std::chrono::milliseconds(150);
constexpr auto kCutEvery = std::chrono::seconds(30);
constexpr qint64 kGiveUpAfterMs = 15 * 60 * 1000;

QByteArray cameraBytes(quint32 seed) {
  std::mt19937 random(seed);
  QByteArray bytes("\xFF\xD8\xFF\xE0", 4);
  while (bytes.size() < kPhotoBytes) bytes.append(static_cast<char>(random() & 0xFF));
  return bytes;
}

int run() {
  ProvinceFixture fixture;
  TestDevice device(fixture, QStringLiteral("bench-tablet"), QStringLiteral("05449-1"), 3);
  LocalStore& store = device.store();
  const PhotoFolder folder(fixture.dir.filePath(QStringLiteral("photos")));
  qint64 photoBytes = 0;
  for (int i = 0; i < kRecords; ++i) {
    QVariantMap fields{{"kind", 1}, {"title", QStringLiteral("Sinh hoạt chi hội %1").arg(i + 1)},
                       {"date", QDate(2021, 3, 8)}, {"participants_total", 30}, {"participants_women", 28}};
    if (i < kPhotos) {
      QString hash;
      const QByteArray photo = cameraBytes(static_cast<quint32>(i + 1));
      photoBytes += photo.size();
      if (!folder.keep(photo, &hash).isOk()) return 1;
      fields.insert(QStringLiteral("photos"), QStringList{hash});
    }
    if (const Status status = store.createRecord(RecordKind::Activity, {}, fields); !status.isOk()) {
      std::fprintf(stderr, "%s\n", qPrintable(status.toString()));
      return 1;
    }
  }

  CuttingProxy proxy(fixture.server.address(), {{}, std::chrono::duration_cast<std::chrono::milliseconds>(kCutEvery),
                                                 kUpBytesPerSecond, kOneWayDelay});
  std::printf("link: %lld bit/s up, %lld ms round trip, a cut every %lld s; %d records, %d photos of %d KB\n",
              static_cast<long long>(kUpBytesPerSecond * 8), static_cast<long long>(2 * kOneWayDelay.count()),
              static_cast<long long>(kCutEvery.count()), kRecords, kPhotos, kPhotoBytes / 1024);

  QElapsedTimer clock;
  clock.start();
  SyncClient link(proxy.address());
  link.setCredential(store.account().credential);
  Synchronizer::Options options;
  options.retry.base = std::chrono::milliseconds(200);
  const SyncOutcome records = Synchronizer(&store, &link, options).runOnce();
  const qint64 recordsMs = clock.elapsed();
  const qint64 recordBytes = proxy.upBytes();
  std::printf("records: %s, %d waiting after, acknowledged in %lld ms (%lld bytes up)   (target < 5000 ms)\n",
              records.ok() ? "synced" : qPrintable(records.status.toString()), store.pendingCount(),
              static_cast<long long>(recordsMs), static_cast<long long>(recordBytes));

  PhotoClient photos(SyncClient::makeChannel(proxy.address()), store.account().credential);
  PhotoUploader uploader(store, folder, photos, {1000, std::chrono::milliseconds(300)});
  PhotoUploadSummary total;
  clock.restart();
  int runs = 0;
  while (!store.photosToSend().empty() && clock.elapsed() < kGiveUpAfterMs) {
    const PhotoUploadSummary run = uploader.sendWaiting();
    total.sent += run.sent;
    total.bytesSent += run.bytesSent;
    ++runs;
  }
  const qint64 photoMs = clock.elapsed();
  const qint64 photoUp = proxy.upBytes() - recordBytes;
  const double twiceShare = 100.0 * static_cast<double>(std::max<qint64>(photoUp - photoBytes, 0)) / photoBytes;
  std::printf("photos: %d of %d held by the server in %.1f s over %d cuts (%d uploader runs)\n", total.sent, kPhotos,
              photoMs / 1000.0, proxy.cuts(), runs);
  std::printf("photo bytes: %lld needed, %lld reached the server (framing included): %.2f%% more   (target < 5%%)\n",
              static_cast<long long>(photoBytes), static_cast<long long>(photoUp), twiceShare);
  std::printf("photo bytes handed to the link by the device: %lld (%.2f%% more; the rest was lost in buffers "
              "before the slow hop at the cuts)\n",
              static_cast<long long>(total.bytesSent),
              100.0 * static_cast<double>(total.bytesSent - photoBytes) / photoBytes);
  return total.sent == kPhotos && records.ok() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  return run();
}
