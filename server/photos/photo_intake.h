#pragma once
// Ảnh minh chứng (evidence photos) arriving at the server: an upload resumes from the bytes held, each
// chunk is kept as it arrives (a cut loses nothing that came through), and a photo is kept once whole and
// its SHA-256 checks out. Whatever the server holds already is acknowledged without storing anything
// again, so an upload repeated after a lost answer is a no-op. Thread-safe (one transaction per chunk).
#include "sync/result.h"

#include <QByteArray>
#include <QString>

namespace sohoi::server {

class Database;

/// How much of a photo the server holds.
struct PhotoHeld {
  qint64 offset = 0;      // bytes held: the next chunk starts here
  bool complete = false;  // whole and verified
};

class PhotoIntake {
 public:
  explicit PhotoIntake(Database& database) : database_(database) {}

  PhotoHeld held(const QString& sha256);
  /// Takes data, which starts at offset of the photo sha256 of totalSize bytes. Bytes the server holds
  /// already are skipped; a chunk that would leave a gap, a photo that is too large or not a JPEG or PNG,
  /// or one whose bytes do not match its hash (its parts are then dropped, to be sent again) is refused.
  /// REQUIRES: sha256 is a photo hash (isPhotoHash).
  Result<PhotoHeld> receive(const QString& sha256, qint64 totalSize, qint64 offset, const QByteArray& data);

  /// An upload no device has continued for this long is given up: its tablet still holds the photo and
  /// sends it again from the start, while the parts would otherwise stay in the database for ever (a
  /// tablet lost, or its photo deleted before it was sent).
  static constexpr qint64 kAbandonedAfterMs = qint64{30} * 24 * 60 * 60 * 1000;
  /// Drops the parts of uploads whose last part came before cutoff (ms since the epoch); how many uploads.
  int dropAbandoned(qint64 cutoff);

 private:
  Database& database_;
};

}  // namespace sohoi::server
