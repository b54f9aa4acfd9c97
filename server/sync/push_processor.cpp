#include "push_processor.h"

#include "batch_store.h"
#include "version_merge.h"

#include "audit/decision_audit.h"
#include "storage/clock_flag_repository.h"
#include "storage/database.h"
#include "storage/meta_repository.h"
#include "storage/transaction.h"

#include "auth/record_permissions.h"
#include "domain/record_schema.h"
#include "clock/plausible_time.h"
#include "validation/record_validator.h"

#include <QDateTime>

namespace sohoi::server {

namespace {

constexpr int kFirstPlanYear = 2021;

LoggedResult accepted(PushOutcome outcome = PushOutcome::Accepted) { return LoggedResult{outcome, Rejection{}}; }

LoggedResult rejected(ReasonCode code, const QString& field = {}) {
  return LoggedResult{PushOutcome::Rejected, rejectionFor(code, field)};
}


// What every item of one batch is stored with: set up once per batch, not per item.
struct Ingest {
  BatchStore& records;
  const Device& device;
  const OrgTree& tree;
  const ValidationContext& incoming;  // the device's scope
  const ValidationContext& merged;    // the whole tree: a merge is the server's own version
  qint64 now = 0;
  std::vector<HeadChange>* heads = nullptr;  // what became current, for the listener
  // The positions of the versions stored, as long as every one became its record's head as pushed (a
  // batch's positions follow one another: nothing else takes any while it is written).
  FeedRange ownHeads{};
  bool onlyOwnHeads = true;
};

// The ids the items carry, for BatchStore to look up at once. Those the device sent before are looked up
// too: which items are new is known only from the device's last sequence, read in the same query.
std::pair<QStringList, QStringList> idsToStore(const std::vector<PushItem>& items) {
  QStringList versionIds, recordIds;
  for (const PushItem& item : items) {
    if (item.malformed) continue;
    versionIds.append(item.version.versionId);
    recordIds.append(item.version.recordId);
    // The records it names are looked up too, for their scope (referenceRefusal).
    for (const RecordReference& reference : recordReferences(item.version.kind, item.version.fields))
      recordIds.append(reference.recordIds);
  }
  return {versionIds, recordIds};
}

// Whether version names a record out of the device's reach: a visit to another branch's household would
// change that household's figures, a decision about it would review it. A record not stored (yet: it may
// come later in the outbox) is no one else's.
std::optional<Rejection> referenceRefusal(Ingest& in, const RecordVersion& version) {
  const bool decision = version.kind == RecordKind::ReviewDecision;  // needs its record here already
  for (const RecordReference& reference : recordReferences(version.kind, version.fields))
    for (const QString& recordId : reference.recordIds) {
      const std::optional<QString> unitId = in.records.unitOf(recordId);
      if (!unitId && !decision) continue;
      if (!unitId || !inScope(relationOf(in.tree, in.device.unitId, *unitId)))
        return Rejection{ReasonCode::InvalidField, reference.field,
                         QStringLiteral("Hồ sơ được nêu không có trong phạm vi của bạn (%1)").arg(reference.field),
                         QStringLiteral("The record named is not in your scope (%1)").arg(reference.field)};
      // A decision travels in the reviewed record's unit, to the devices that hold that record.
      if (decision && *unitId != version.unitId)
        return Rejection{ReasonCode::InvalidField, QStringLiteral("unit_id"),
                         QStringLiteral("Quyết định duyệt phải thuộc đơn vị của hồ sơ được duyệt (%1)").arg(*unitId),
                         QStringLiteral("A review decision belongs to the reviewed record's unit (%1)").arg(*unitId)};
    }
  return std::nullopt;
}

// Whether the device may write version, given the record's head (if any). Checked after the version's own
// rules and before anything of the stored record is answered, so a record out of the device's reach is
// refused as out of scope and nothing of it (not even its existence) is told or changed.
std::optional<Rejection> refusal(Ingest& in, const RecordVersion& version, const std::optional<RecordHead>& head) {
  const auto relationTo = [&](const QString& unitId) { return relationOf(in.tree, in.device.unitId, unitId); };
  const auto outOfScope = [] {
    return Rejection{ReasonCode::OutOfScope, QString(),
                     QStringLiteral("Hồ sơ nằm ngoài phạm vi của thiết bị này"),
                     QStringLiteral("The record is outside this device's scope")};
  };
  if (head && !inScope(relationTo(head->unitId))) return outOfScope();
  const RecordAction action = actionFor(version.kind, head.has_value(), version.deleted);
  // An edit is judged where the record is now and where it goes: moving a record out of a unit is an act on
  // that unit too.
  if (auto refused = refusalFor(in.device.role, version.kind, action, relationTo(version.unitId))) return refused;
  if (head && head->unitId != version.unitId)
    if (auto refused = refusalFor(in.device.role, version.kind, action, relationTo(head->unitId))) return refused;
  if (!version.deleted) return referenceRefusal(in, version);
  return std::nullopt;
}

LoggedResult apply(Ingest& in, RecordVersion version) {
  // Who made it is the device's business, not the client's claim.
  version.deviceId = in.device.id;
  version.authorId = in.device.personId;
  // So is the level a decision was made at (multi-level review reads whose turn it is from it).
  if (version.kind == RecordKind::ReviewDecision && !version.deleted)
    if (const OrgUnit* unit = in.tree.find(in.device.unitId); unit && unit->level != UnitLevel::Branch)
      version.fields.insert(QStringLiteral("reviewer_level"), static_cast<int>(unit->level));

  if (std::optional<Rejection> rejection = validateRecordVersion(version, in.incoming))
    return LoggedResult{PushOutcome::Rejected, *rejection};

  BatchStore& records = in.records;
  std::optional<RecordHead> head = records.findRecord(version.recordId);
  if (auto refused = refusal(in, version, head)) return LoggedResult{PushOutcome::Rejected, *refused};

  const StoredContent content = StoredContent::of(version);
  if (std::optional<StoredVersion> existing = records.findVersion(version.versionId)) {
    // The id is another record's version: answered as that record's scope allows.
    if (existing->version.recordId != version.recordId) {
      const std::optional<RecordHead> owner = records.findRecord(existing->version.recordId);
      if (!owner || !inScope(relationOf(in.tree, in.device.unitId, owner->unitId)))
        return rejected(ReasonCode::OutOfScope);
    }
    if (existing->contentHash == content.hash) return accepted();  // a resend
    records.insertConflictCopy(version, content, in.now);          // both copies kept, nothing overwritten
    return LoggedResult{PushOutcome::Conflict, rejectionFor(ReasonCode::IdReused, QStringLiteral("version_id"))};
  }

  if (head && head->kind != version.kind) return rejected(ReasonCode::KindMismatch, QStringLiteral("kind"));
  std::optional<StoredVersion> base;
  if (!version.baseVersionId.isEmpty()) {
    base = records.findVersion(version.baseVersionId);
    if (!base || base->version.recordId != version.recordId)
      return rejected(ReasonCode::UnknownBase, QStringLiteral("base_version_id"));
  }

  // A record moving to another unit leaves the devices of the old one: they are told from this column.
  const auto movedFrom = [&](const QString& unitId) { return head && head->unitId != unitId ? head->unitId : QString(); };
  const bool becomesHead = !head || (base && base->version.versionId == head->headVersionId);
  const quint64 position =
      records.insertVersion(version, content, in.now, becomesHead ? movedFrom(version.unitId) : QString());
  if (in.ownHeads.empty()) in.ownHeads.first = position;
  in.ownHeads.last = position;
  in.onlyOwnHeads = in.onlyOwnHeads && becomesHead;
  if (becomesHead) {
    // A new record, or an edit of the current head: it becomes the head. Editing from the head means its
    // author saw the current state, so an earlier conflict flag is cleared.
    records.saveHead({version.recordId, version.kind, version.unitId, version.versionId, ConflictState::None,
                      version.deleted});
    if (in.heads) in.heads->push_back({std::move(version), position});
    return accepted();
  }

  std::optional<StoredVersion> current = records.findVersion(head->headVersionId);
  const RecordVersion* baseVersion = base ? &base->version : nullptr;
  std::optional<RecordVersion> merged =
      current ? mergeVersions(baseVersion, current->version, version) : std::nullopt;
  if (merged) {
    // A merge can still break a cross-field rule (one side raised women, the other lowered the total):
    // then it is not safe to decide automatically.
    if (!validateRecordVersion(*merged, in.merged)) {
      const quint64 mergedAt =
          records.insertVersion(*merged, StoredContent::of(*merged), in.now, movedFrom(merged->unitId));
      // A merge is the server's doing, not a person's choice: a hard conflict it lands on stays hard.
      const ConflictState state = head->conflict == ConflictState::Hard ? ConflictState::Hard : ConflictState::Soft;
      records.saveHead({merged->recordId, merged->kind, merged->unitId, merged->versionId, state, merged->deleted});
      if (in.heads) in.heads->push_back({std::move(*merged), mergedAt});
      return accepted(PushOutcome::Merged);
    }
  }
  // Both changed the same field: both versions are stored; the head stays the version the server had
  // first (first come stays current), and the record is flagged for a person to choose.
  head->conflict = ConflictState::Hard;
  records.saveHead(*head);
  return accepted(PushOutcome::Conflict);
}

}  // namespace

PushBatchResult PushProcessor::push(const Device& device, const std::vector<PushItem>& items,
                                    std::optional<qint64> deviceTimeMs) {
  Transaction tx(database_, Transaction::Mode::Write);
  FeedCounter positions(tx);
  std::vector<HeadChange> heads;
  PushBatchResult batch = pushIn(tx, positions, device, items, deviceTimeMs, listener_ ? &heads : nullptr);
  positions.store();
  tx.commit();
  if (listener_ && !heads.empty()) listener_->headsChanged(heads);
  return batch;
}

PushBatchResult PushProcessor::pushIn(Transaction& tx, FeedCounter& positions, const Device& device,
                                      const std::vector<PushItem>& items, std::optional<qint64> deviceTimeMs,
                                      std::vector<HeadChange>* heads) {
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  if (deviceTimeMs && *deviceTimeMs <= 0) deviceTimeMs.reset();  // not said
  PushLogRepository log(tx);
  std::shared_ptr<const OrgTree> tree = trees_.get(tx);
  ValidationContext incoming = ValidationContext::standard(tree.get(), kFirstPlanYear);
  incoming.scopeUnitId = device.unitId;
  const ValidationContext merged = ValidationContext::standard(tree.get(), kFirstPlanYear);

  PushBatchResult batch;
  batch.epoch = MetaRepository(tx).epoch();
  const auto [versionIds, recordIds] = idsToStore(items);
  BatchStore records(tx, positions, versionIds, recordIds, device.id);
  const quint64 storedSeq = records.deviceLastSeq();
  Ingest ingest{records, device, *tree, incoming, merged, now, heads};
  quint64 lastSeq = storedSeq;
  // The answers for storedSeq + 1 … lastSeq, logged together after the loop (a few multi-row statements).
  std::vector<LoggedResult> answered;
  for (const PushItem& item : items) {
    if (item.seq <= lastSeq) {  // seen before: the same answer, nothing new stored
      const LoggedResult answer =
          item.seq > storedSeq ? answered[item.seq - storedSeq - 1] : log.answerFor(device.id, item.seq);
      batch.results.push_back({item.seq, answer.outcome, answer.rejection});
      continue;
    }
    if (item.seq != lastSeq + 1) {
      batch.sequenceGap = true;
      break;
    }
    LoggedResult result =
        item.malformed ? LoggedResult{PushOutcome::Rejected, *item.malformed} : apply(ingest, item.version);
    // Stored all the same, but the answer (and so the push log) says the device's clock looked wrong.
    if (result.outcome != PushOutcome::Rejected && !isPlausibleStamp(item.version.hlc, now)) {
      result.rejection = rejectionFor(ReasonCode::ImplausibleTime, QStringLiteral("hlc"));
      ClockFlagRepository(tx).insert(device.id, item.seq, item.version.versionId, deviceTimeMs, now);
    }
    if (result.outcome != PushOutcome::Rejected && !item.malformed) auditAcceptedDecision(tx, device, item.version, now);
    answered.push_back(result);
    lastSeq = item.seq;
    batch.results.push_back({item.seq, result.outcome, result.rejection});
  }
  records.finish();
  if (ingest.onlyOwnHeads) batch.ownHeads = ingest.ownHeads;
  log.insertFrom(device.id, storedSeq + 1, answered);
  std::optional<qint64> offset;
  if (deviceTimeMs) offset = now - *deviceTimeMs;
  DeviceRepository(tx).recordPush(device.id, lastSeq, now, offset);
  batch.lastSeq = lastSeq;
  return batch;
}

}  // namespace sohoi::server
