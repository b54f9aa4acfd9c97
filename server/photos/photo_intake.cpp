#include "photo_intake.h"

#include "storage/photo_repository.h"
#include "storage/transaction.h"

#include "media/photo_rules.h"

#include <QDateTime>

namespace sohoi::server {

namespace {

Rejection uploadRefusal(const char* vi, const char* en) {
  return Rejection{ReasonCode::Malformed, QStringLiteral("offset"), QString::fromUtf8(vi), QString::fromUtf8(en)};
}

}  // namespace

PhotoHeld PhotoIntake::held(const QString& sha256) {
  Transaction tx(database_, Transaction::Mode::Read);
  PhotoRepository photos(tx);
  const PhotoHeld held = photos.contains(sha256) ? PhotoHeld{0, true} : PhotoHeld{photos.receivedBytes(sha256), false};
  tx.commit();
  return held;
}

int PhotoIntake::dropAbandoned(qint64 cutoff) {
  Transaction tx(database_, Transaction::Mode::Write);
  const int dropped = PhotoRepository(tx).dropPartsOlderThan(cutoff);
  tx.commit();
  return dropped;
}

Result<PhotoHeld> PhotoIntake::receive(const QString& sha256, qint64 totalSize, qint64 offset,
                                       const QByteArray& data) {
  if (std::optional<Rejection> refusal = photoSizeRefusal(totalSize)) return *refusal;
  Transaction tx(database_, Transaction::Mode::Write);
  PhotoRepository photos(tx);
  if (photos.contains(sha256)) return PhotoHeld{totalSize, true};
  const qint64 held = photos.receivedBytes(sha256);
  if (offset > held)
    return uploadRefusal("Ảnh gửi thiếu một đoạn: máy sẽ hỏi lại máy chủ và gửi tiếp",
                         "A part of the photo is missing: the device will ask the server again and go on");
  // A chunk that overlaps what arrived before (its answer was lost) contributes only its new bytes.
  const QByteArray fresh = data.mid(held - offset);
  if (held + fresh.size() > totalSize)
    return uploadRefusal("Ảnh gửi dài hơn kích thước đã báo", "The photo is longer than the size it was sent with");
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  if (held == 0 && !fresh.isEmpty())
    if (std::optional<Rejection> refusal = photoTypeRefusal(fresh)) return *refusal;
  if (!fresh.isEmpty()) photos.appendPart(sha256, held, fresh, now);
  PhotoHeld result{held + fresh.size(), false};
  if (result.offset == totalSize) {
    const QByteArray whole = photos.joinedParts(sha256);
    if (photoHashOf(whole) != sha256) {
      photos.dropParts(sha256);
      tx.commit();
      return Rejection{ReasonCode::InvalidField, QStringLiteral("sha256"),
                       QStringLiteral("Ảnh đến máy chủ bị hỏng (mã băm không khớp): máy sẽ gửi lại từ đầu"),
                       QStringLiteral("The photo arrived damaged (its hash does not match): the device will send "
                                      "it again")};
    }
    photos.store(sha256, photoMediaType(whole), whole, now);
    result.complete = true;
  }
  tx.commit();
  return result;
}

}  // namespace sohoi::server
