#pragma once
// Ảnh minh chứng (evidence photos) on the server: kept once per SHA-256, whole, in the database; an upload
// still under way is kept as the parts that arrived, so a cut connection loses nothing that came through.
#include <QByteArray>
#include <QString>
#include <optional>

namespace sohoi::server {

class Transaction;

struct StoredPhoto {
  QString mediaType;  // "image/jpeg" or "image/png"
  qint64 size = 0;
  QByteArray data;
};

class PhotoRepository {
 public:
  explicit PhotoRepository(Transaction& tx) : tx_(tx) {}

  /// True when the whole photo is held.
  bool contains(const QString& sha256);
  std::optional<StoredPhoto> find(const QString& sha256);
  /// Bytes of an unfinished upload held so far (0 for none).
  qint64 receivedBytes(const QString& sha256);
  /// REQUIRES: a write transaction; offset == receivedBytes(sha256).
  void appendPart(const QString& sha256, qint64 offset, const QByteArray& data, qint64 at);
  /// The parts of an unfinished upload, joined in order.
  QByteArray joinedParts(const QString& sha256);
  /// Forgets an unfinished upload. REQUIRES: a write transaction.
  void dropParts(const QString& sha256);
  /// Forgets the unfinished uploads whose last part arrived before cutoff (ms since the epoch); how many
  /// photos' parts went. REQUIRES: a write transaction.
  int dropPartsOlderThan(qint64 cutoff);
  /// Keeps a whole photo (its parts dropped). REQUIRES: a write transaction.
  void store(const QString& sha256, const QString& mediaType, const QByteArray& data, qint64 at);
  /// The unit of recordId when one of its versions lists the photo; nullopt when it has none or no such
  /// record exists (the caller is told the same either way).
  std::optional<QString> unitOfRecordListing(const QString& recordId, const QString& sha256);

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
