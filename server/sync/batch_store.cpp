#include "batch_store.h"

namespace sohoi::server {

namespace {

template <typename Stored>
QSet<QString> missing(const QStringList& ids, const Stored& stored) {
  QSet<QString> absent;
  absent.reserve(ids.size());
  for (const QString& id : ids)
    if (!stored.contains(id)) absent.insert(id);
  return absent;
}

}  // namespace

BatchStore::BatchStore(Transaction& tx, FeedCounter& positions, const QStringList& versionIds,
                       const QStringList& recordIds, const QString& deviceId)
    : records_(tx), positions_(positions) {
  StoredIds stored = records_.storedIds(versionIds, recordIds, deviceId);
  deviceLastSeq_ = stored.deviceLastSeq;
  newVersionIds_ = missing(versionIds, stored.versionIds);
  units_ = std::move(stored.recordUnits);
  newRecordIds_ = missing(recordIds, units_);
}

std::optional<StoredVersion> BatchStore::findVersion(const QString& versionId) {
  if (newVersionIds_.contains(versionId)) return std::nullopt;
  if (const auto waiting = versionIndex_.constFind(versionId); waiting != versionIndex_.constEnd()) {
    const NewVersion& v = versions_[waiting.value()];
    return StoredVersion{v.version, v.content.hash, v.position};
  }
  return records_.findVersion(versionId);
}

std::optional<RecordHead> BatchStore::findRecord(const QString& recordId) {
  if (newRecordIds_.contains(recordId)) return std::nullopt;
  if (const auto waiting = headIndex_.constFind(recordId); waiting != headIndex_.constEnd())
    return heads_[waiting.value()];
  return records_.findRecord(recordId);
}

std::optional<QString> BatchStore::unitOf(const QString& recordId) {
  if (newRecordIds_.contains(recordId)) return std::nullopt;
  if (const auto known = units_.constFind(recordId); known != units_.constEnd()) return known.value();
  const std::optional<RecordHead> head = records_.findRecord(recordId);
  if (!head) return std::nullopt;
  units_.insert(recordId, head->unitId);
  return head->unitId;
}

quint64 BatchStore::insertVersion(const RecordVersion& version, const StoredContent& content, qint64 receivedAt,
                                  const QString& priorUnitId) {
  const quint64 position = positions_.take();
  versionIndex_.insert(version.versionId, versions_.size());
  versions_.push_back(NewVersion{version, content, position, receivedAt, priorUnitId});
  newVersionIds_.remove(version.versionId);
  return position;
}

void BatchStore::saveHead(const RecordHead& head) {
  if (const auto waiting = headIndex_.constFind(head.id); waiting != headIndex_.constEnd()) {
    heads_[waiting.value()] = head;
  } else {
    headIndex_.insert(head.id, heads_.size());
    heads_.push_back(head);
  }
  newRecordIds_.remove(head.id);
  units_.insert(head.id, head.unitId);
}

void BatchStore::insertConflictCopy(const RecordVersion& version, const StoredContent& content,
                                    qint64 receivedAt) {
  records_.insertConflictCopy(version, content, receivedAt);
}

void BatchStore::finish() {
  records_.insertVersions(versions_);
  records_.saveHeads(heads_);
}

}  // namespace sohoi::server
