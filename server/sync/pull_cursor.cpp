#include "pull_cursor.h"

#include "ids/uuid7.h"
#include "sohoi/v1/cursor.pb.h"

namespace sohoi::server {

QByteArray PullCursor::encode() const {
  v1::Cursor cursor;
  cursor.set_epoch(epoch.toStdString());
  cursor.set_position(position);
  cursor.set_version_id(uuidToBytes(versionId));
  cursor.set_scope_unit_id(scopeUnitId.toStdString());
  cursor.set_scope_digest(scopeDigest.constData(), static_cast<size_t>(scopeDigest.size()));
  const std::string bytes = cursor.SerializeAsString();
  return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

std::optional<PullCursor> PullCursor::decode(const QByteArray& bytes) {
  v1::Cursor cursor;
  if (!cursor.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size()))) return std::nullopt;
  PullCursor parsed;
  parsed.epoch = QString::fromStdString(cursor.epoch());
  parsed.position = cursor.position();
  parsed.versionId = uuidFromBytes(cursor.version_id());
  parsed.scopeUnitId = QString::fromStdString(cursor.scope_unit_id());
  parsed.scopeDigest = QByteArray::fromStdString(cursor.scope_digest());
  if (parsed.epoch.isEmpty() || (parsed.position > 0 && parsed.versionId.isEmpty())) return std::nullopt;
  return parsed;
}

}  // namespace sohoi::server
