#include "server_view.h"

#include "ids/uuid7.h"

namespace sohoi::testing {

ServerView serverView(RawDevice& provinceDevice) {
  ServerView view;
  QHash<QString, bool> deletedVersion;
  for (const v1::Change& change : provinceDevice.pullAll()) {
    const QString versionId = uuidFromBytes(change.version().version_id());
    ++view.versionCopies[versionId];
    ++view.changes;
    if (change.conflict() != v1::CONFLICT_STATE_NONE) ++view.conflicted;
    deletedVersion[versionId] = change.version().deleted();
    view.records[uuidFromBytes(change.version().record_id())] = {
        uuidFromBytes(change.head_version_id()), false, QString::fromStdString(change.version().unit_id())};
  }
  for (RecordState& state : view.records) state.deleted = deletedVersion.value(state.headVersionId);
  return view;
}

QHash<QString, RecordState> deviceRecords(client::LocalStore& store) {
  QHash<QString, RecordState> records;
  for (RecordKind kind : allRecordKinds())
    for (const client::StoredRecord& record : store.currentRecords(kind))
      records[record.head.recordId] = {record.head.versionId, false, record.head.unitId};
  return records;
}

QStringList ownVersionIds(client::LocalStore& store) {
  QStringList ids;
  for (quint64 seq = store.firstSeq(); seq > 0 && seq <= store.lastSeq(); seq += 500)
    for (const client::Mutation& mutation : store.mutationsFrom(seq, 500)) ids.append(mutation.version.versionId);
  ids.removeDuplicates();
  return ids;
}

QHash<QString, RecordState> liveWithin(const ServerView& view, const OrgTree& tree, const QString& scope) {
  QHash<QString, RecordState> live;
  for (auto it = view.records.cbegin(); it != view.records.cend(); ++it)
    if (!it->deleted && tree.isWithin(it->unitId, scope)) live.insert(it.key(), *it);
  return live;
}

}  // namespace sohoi::testing
