#include "version_merge.h"

#include "ids/uuid7.h"

#include <algorithm>

namespace sohoi::server {

namespace {

const QString kDeleted = QStringLiteral("@deleted");
const QString kUnit = QStringLiteral("@unit");

}  // namespace

QSet<QString> changedFields(const RecordVersion* from, const RecordVersion& to) {
  const QVariantMap empty;
  const QVariantMap& before = from ? from->fields : empty;
  QSet<QString> changed;
  for (auto it = to.fields.cbegin(); it != to.fields.cend(); ++it)
    if (!before.contains(it.key()) || before.value(it.key()) != it.value()) changed.insert(it.key());
  for (auto it = before.cbegin(); it != before.cend(); ++it)
    if (!to.fields.contains(it.key())) changed.insert(it.key());
  if ((from ? from->deleted : false) != to.deleted) changed.insert(kDeleted);
  if (from && from->unitId != to.unitId) changed.insert(kUnit);
  return changed;
}

std::optional<RecordVersion> mergeVersions(const RecordVersion* base, const RecordVersion& head,
                                           const RecordVersion& incoming) {
  const QSet<QString> theirs = changedFields(base, head);
  const QSet<QString> mine = changedFields(base, incoming);
  if (theirs.intersects(mine)) return std::nullopt;

  RecordVersion merged = head;
  merged.versionId = newUuid7();
  merged.baseVersionId = head.versionId;
  merged.authorId = incoming.authorId;
  merged.deviceId.clear();  // made by the server, not by a device
  merged.hlc = std::max(head.hlc, incoming.hlc) + 1;
  for (const QString& field : mine) {
    if (field == kDeleted) {
      merged.deleted = incoming.deleted;
    } else if (field == kUnit) {
      merged.unitId = incoming.unitId;
    } else if (incoming.fields.contains(field)) {
      merged.fields.insert(field, incoming.fields.value(field));
    } else {
      merged.fields.remove(field);
    }
  }
  return merged;
}

}  // namespace sohoi::server
