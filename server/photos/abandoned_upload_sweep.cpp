#include "abandoned_upload_sweep.h"

#include "photo_intake.h"

#include "common/server_log.h"
#include "storage/storage_error.h"

#include <QDateTime>

namespace sohoi::server {

AbandonedUploadSweep::AbandonedUploadSweep(Database& database, std::chrono::milliseconds interval)
    : database_(database) {
  ticks_.emplace("sohoi-sweep", interval, [this] { sweep(); });
}

void AbandonedUploadSweep::sweep() {
  QString line;
  try {
    const int dropped = PhotoIntake(database_).dropAbandoned(QDateTime::currentMSecsSinceEpoch() -
                                                             PhotoIntake::kAbandonedAfterMs);
    if (dropped == 0) return;
    line = QStringLiteral("bỏ %1 ảnh gửi dở quá 30 ngày / dropped %1 photo uploads left unfinished for 30 days")
               .arg(dropped);
  } catch (const StorageError& failure) {
    line = QStringLiteral("dọn ảnh gửi dở sẽ thử lại / the sweep of unfinished photo uploads will be retried: %1")
               .arg(failure.what());
  }
  logLine(line);
}

}  // namespace sohoi::server
