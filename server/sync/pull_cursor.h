#pragma once
// The pull cursor devices carry as opaque bytes (sohoi.v1.Cursor on the wire, see cursor.proto).
#include <QByteArray>
#include <QString>
#include <optional>

namespace sohoi::server {

struct PullCursor {
  QString epoch;          // the database's epoch when the cursor was made
  quint64 position = 0;   // the last feed position covered
  QString versionId;      // the version at that position (empty at position 0)
  QString scopeUnitId;    // the unit whose subtree it covers (empty in cursors older than the field)
  QByteArray scopeDigest;  // which units that subtree held (ScopeReference::scopeDigest; empty in older ones)

  QByteArray encode() const;
  /// Nothing for bytes that are not a cursor (the device then starts over).
  static std::optional<PullCursor> decode(const QByteArray& bytes);
};

}  // namespace sohoi::server
