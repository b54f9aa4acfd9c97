#pragma once
// The device's own database (SQLite through Qt SQL): records and their immutable versions, the outbox that
// doubles as the mutation log, the enrolment and the pull cursor. Everything the device saved lives here
// until the server has acknowledged it, and acknowledged mutations stay as the log a restored server may
// ask for again (DESIGN §5).
//
// Threading: a LocalStore is used from the thread that opened it, and from no other. Each thread that
// needs the data opens its own LocalStore on the same file (WAL and a busy timeout make that safe).
#include "clock/hybrid_logical_clock.h"
#include "common/status.h"
#include "domain/org_tree.h"
#include "plan/reference_data.h"
#include "statement_cache.h"
#include "store_types.h"

#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace sohoi::client {

class LocalStore {
 public:
  /// Full: every commit reaches the disk before it returns (a tablet's battery dies; nothing saved may
  /// be lost). Normal: survives an app crash, not a power cut; for simulators and benchmarks.
  enum class Durability { Full, Normal };

  /// Opens (creating if needed) and migrates the database at path. Null, with *status set, on failure,
  /// including a database written by a newer app (code NEWER_DATABASE).
  static std::unique_ptr<LocalStore> open(const QString& path, Status* status,
                                          Durability durability = Durability::Full);
  ~LocalStore();
  LocalStore(const LocalStore&) = delete;
  LocalStore& operator=(const LocalStore&) = delete;

  QString path() const { return path_; }

  // --- enrolment and org tree ---
  /// The enrolment, or an Account with isEnrolled() false.
  Account account() const;
  Status saveAccount(const Account& account);
  /// Remembers the epoch the server reported (a change means it was restored).
  Status setServerEpoch(const QString& epoch);
  /// The org tree as last downloaded.
  const OrgTree& orgTree() const { return tree_; }
  /// Replaces the whole org tree (a pull does this itself when the server sends the tree).
  Status replaceOrgUnits(const std::vector<OrgUnit>& units);

  // --- reference data: what progress is computed from besides records (local_store_reference.cpp) ---
  /// The version of the reference data held; empty before the first pull brought any.
  QString referenceVersion() const;
  /// The plan as last pulled; none before a pull brought one.
  std::optional<plan::PlanFile> planFile() const;
  /// The 2020 baselines of the device's scope as last pulled.
  std::vector<plan::UnitBaseline> baselines() const;
  /// Replaces the org tree, plan, baselines and version in one transaction (a pull does this itself).
  Status replaceReferenceData(const plan::ReferenceData& reference);

  // --- making records on the device ---
  /// What a form knows when it saves.
  struct SaveContext {
    /// The version the form showed. An edit starts from it, not from whatever is the head by now: if a
    /// sync brought another device's version meanwhile, the server sees the older base and merges or
    /// flags a conflict instead of this save silently replacing the other edit. Empty: the current head.
    QString startedFrom;
    /// The form's draft, deleted in the same transaction as the save, so a crash between the two can
    /// neither lose the record nor bring back a draft that would save it twice.
    QString draftKey;
  };

  /// Validates and saves one version made on this device, with its outbox entry, in one transaction.
  /// Fills what the caller may leave empty: record id (a new record), version id, author, device and unit
  /// (from the account); always sets hlc from the store's clock and base_version_id (see SaveContext).
  /// Refuses an invalid version (nothing is written). *saved receives the version as stored.
  Status saveLocalVersion(const RecordVersion& draft, RecordVersion* saved = nullptr, const SaveContext& context = {});
  /// A new record of kind in unitId (empty: the account's unit). *saved as for saveLocalVersion.
  Status createRecord(RecordKind kind, const QString& unitId, const QVariantMap& fields, RecordVersion* saved = nullptr,
                      const SaveContext& context = {});
  /// A new version of an existing record with these fields.
  Status editRecord(const QString& recordId, const QVariantMap& fields, RecordVersion* saved = nullptr,
                    const SaveContext& context = {});
  /// A tombstone version of an existing record.
  Status deleteRecord(const QString& recordId, RecordVersion* saved = nullptr);

  // --- the outbox (used by the sync engine) ---
  /// Up to maxCount unacknowledged mutations, in sequence order.
  std::vector<Mutation> pendingBatch(int maxCount) const;
  /// Up to maxCount mutations of the log from seq on, whatever their state (resend after a server restore).
  std::vector<Mutation> mutationsFrom(quint64 seq, int maxCount) const;
  /// The highest sequence number used so far (0 if none), or the account's sequence floor if higher.
  quint64 lastSeq() const;
  /// The lowest sequence number still in the log (0 if none).
  quint64 firstSeq() const;
  /// Stores the server's answers in one transaction: accepted/merged/conflict become acknowledged; rejected
  /// ones keep their reason and stay visible. Results for unknown sequence numbers are ignored.
  Status markAcknowledged(const std::vector<MutationResult>& results);
  OutboxCounts counts() const;
  int pendingCount() const { return counts().pending; }
  int rejectedCount() const { return counts().rejected; }
  /// Refused versions not yet superseded by a later edit of the same record, oldest first.
  std::vector<RejectedItem> rejectedItems() const;

  // --- the pull side (used by the sync engine) ---
  /// Applies one pulled page, the reference data it carries (if any: it replaces the tree, plan, baselines
  /// and version held) and the next cursor in ONE transaction: after a crash either all of it is there or
  /// none. A record with unacknowledged local edits keeps its local head. A record that left the scope
  /// (PulledChange::leftScope) is removed. Observes every pulled HLC stamp.
  Status applyPulledPage(const std::vector<PulledChange>& changes, const std::optional<plan::ReferenceData>& reference,
                         const QByteArray& nextCursor);
  /// The opaque server cursor (empty before the first pull or after a reset).
  QByteArray cursor() const;
  /// Forgets the cursor (the next pull starts from the beginning); keeps all data.
  Status resetCursor();
  /// Records the device–server clock offset seen at a sync, and the time of that sync.
  Status recordSync(qint64 clockOffsetMs);
  qint64 clockOffsetMs() const;
  /// Milliseconds since the epoch of the last completed sync, 0 if never.
  qint64 lastSyncAt() const;

  // --- reading ---
  /// The live (not deleted) records of kind, newest first.
  std::vector<StoredRecord> currentRecords(RecordKind kind) const;
  std::optional<StoredRecord> record(const QString& recordId) const;
  /// All versions known for a record, in HLC order.
  std::vector<RecordVersion> versions(const QString& recordId) const;
  /// One version by id, if the device has it.
  std::optional<RecordVersion> version(const QString& versionId) const;
  /// How many live records have a head version stamped at or after since (the home page's "today");
  /// review decisions are not counted (they are the district's, not work done in the unit).
  int countRecordsSince(HlcStamp since) const;
  HybridLogicalClock& clock() { return clock_; }

  // --- form drafts (local_store_drafts.cpp) ---
  /// Stores the form's raw values under key (replacing an earlier draft with that key).
  Status saveDraft(const Draft& draft);
  /// The draft stored under key, if any.
  std::optional<Draft> draft(const QString& key) const;
  /// Forgets the draft under key (no error if there is none).
  Status deleteDraft(const QString& key);
  /// Every draft, newest first.
  std::vector<Draft> drafts() const;

  // --- progress answers kept for offline reading (local_store_progress.cpp) ---
  /// Keeps answer as the last one for (unitId, asOf), replacing the one kept before.
  Status keepProgressAnswer(const QString& unitId, const QString& asOf, const KeptProgressAnswer& answer);
  /// The last answer kept for (unitId, asOf), if any.
  std::optional<KeptProgressAnswer> keptProgressAnswer(const QString& unitId, const QString& asOf) const;

  // --- evidence photos waiting to go up (local_store_photos.cpp) ---
  /// Photos listed by this device's acknowledged versions that the server does not hold yet, oldest
  /// first, each once, with a record that lists it (the server takes a photo only as a record's evidence).
  std::vector<PhotoToSend> photosToSend() const;
  /// Remembers that the server holds the photo whole.
  Status markPhotoSent(const QString& hash);

  /// Makes the named step fail just before its commit, for tests of atomicity. Points:
  /// "apply_page", "acknowledge", "save_version". Empty disables.
  void setFailpointForTesting(const QString& point) { failpoint_ = point; }

 private:
  LocalStore(QString path, QString connectionName);
  Status initialise(Durability durability);
  Status loadOrgTree();
  /// Replaces the stored org tree inside the caller's transaction.
  Status writeOrgUnits(const std::vector<OrgUnit>& units);
  /// Replaces the stored tree, plan, baselines and version inside the caller's transaction.
  Status writeReferenceData(const plan::ReferenceData& reference);
  bool hitFailpoint(const char* point) const;
  /// Removes a record that left this device's scope, inside the caller's transaction.
  Status forgetRecord(const QString& recordId);
  /// Removes every record (without edits still to send) whose unit lies outside this device's scope in
  /// tree (a unit moved away), inside the caller's transaction.
  Status forgetRecordsOutside(const OrgTree& tree);
  QString baseFor(const QString& recordId, const QString& startedFrom) const;
  /// A new version of an existing record: the same fields (or *fields), deleted or not.
  Status saveNextVersion(const QString& recordId, bool deleted, const QVariantMap* fields, RecordVersion* saved,
                         const SaveContext& context);

  QString path_;
  QString connectionName_;
  QSqlDatabase db_;
  mutable sql::StatementCache statements_{db_};  // reads are const, and prepare on first use
  HybridLogicalClock clock_;
  OrgTree tree_;
  QString failpoint_;
  Account account_;  // cached: read on every save
};

}  // namespace sohoi::client
