// The app's resident memory with a branch's busy years on the tablet: 10,000 records, 2,000 of them with
// a photo of about 200 KB in the photo folder, the activity list open and record pages with their photo
// strips shown one after another. Prints figures (target < 300 MB resident).
#include "bench.h"

#include "app_window.h"
#include "demo_data.h"
#include "photo_demo.h"
#include "record_list_model.h"

#include "photos/photo_folder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace sohoi::app {

namespace {

constexpr int kRecords = 10000;
constexpr int kPhotos = 2000;
constexpr int kPagesShown = 40;

// Resident memory of this process in MB (Linux), or -1.
double residentMb() {
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly)) return -1;
  for (const QByteArray& line : status.readAll().split('\n'))
    if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
  return -1;
}

}  // namespace

int runPhotoMemoryBench() {
  QTemporaryDir data;
  QStringList withPhotos;
  {
    client::Status status;
    auto store = client::LocalStore::open(QDir(data.path()).filePath(QStringLiteral("sohoi.sqlite")), &status,
                                          client::LocalStore::Durability::Normal);
    if (!store || !enrolDemoAccount(*store).isOk() || !addDemoRecords(*store, kRecords).isOk()) return 1;
    // One drawn sheet, made distinct by bytes after its end marker (decoders stop there): 2,000 files of
    // the same weight without drawing 2,000 pictures.
    const QStringList base = keepDemoPhotos(*store, 1);
    const client::PhotoFolder folder(client::photoFolderFor(store->path()));
    const QByteArray sheet = folder.read(base.value(0));
    if (sheet.isEmpty()) return 1;
    int n = 0;
    for (const client::StoredRecord& record : store->currentRecords(RecordKind::Activity)) {
      if (n == kPhotos) break;
      QString hash;
      if (!folder.keep(sheet + QByteArray::number(n++), &hash).isOk() ||
          !attachDemoEvidence(*store, record.head.recordId, {hash}))
        return 1;
      withPhotos.append(record.head.recordId);
    }
  }
  std::printf("photo memory bench: %d activities, %d of them with a photo of %d KB\n", kRecords,
              static_cast<int>(withPhotos.size()), 200);
  AppController controller;
  controller.sync()->setAutoInterval(0);
  controller.open(data.path(), QStringLiteral("127.0.0.1:50051"));
  AppWindow app = loadAppWindow(&controller, 1280, 800);
  if (!app.window) return 1;
  settle(1000);
  const double atHome = residentMb();
  QMetaObject::invokeMethod(app.window, "showPage", Q_ARG(QVariant, QStringLiteral("list:activity")));
  settle(1000);
  const double atList = residentMb();
  double peak = atList;
  for (int i = 0; i < kPagesShown; ++i) {
    QMetaObject::invokeMethod(app.window, "showPage", Q_ARG(QVariant, QStringLiteral("detail:") + withPhotos[i * 37]));
    settle(150);
    peak = std::max(peak, residentMb());
  }
  std::printf("resident: %.0f MB at home, %.0f MB with the list open, %.0f MB at most over %d record pages with "
              "photos   (target < 300 MB)\n",
              atHome, atList, peak, kPagesShown);
  return 0;
}

}  // namespace sohoi::app
