#include "record_detail.h"

#include "choice_labels.h"
#include "domain/record_schema.h"
#include "household_criteria.h"
#include "language.h"
#include "record_status_line.h"
#include "record_text.h"
#include "review_state.h"

#include <QCoreApplication>

namespace sohoi::app {

RecordDetail::RecordDetail(QObject* parent) : QObject(parent) {}

void RecordDetail::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  if (manager_) disconnect(manager_, nullptr, this, nullptr);
  manager_ = manager;
  if (manager_) {
    connect(manager_, &RecordManager::recordSaved, this, &RecordDetail::refresh);
    connect(manager_, &RecordManager::reloaded, this, &RecordDetail::refresh);
    connect(manager_, &RecordManager::languageChanged, this, &RecordDetail::refresh);
  }
  emit managerChanged();
  refresh();
}

void RecordDetail::setRecordId(const QString& recordId) {
  if (recordId == recordId_) return;
  recordId_ = recordId;
  emit recordIdChanged();
  refresh();
}

void RecordDetail::refresh() {
  exists_ = false;
  fields_.clear();
  versions_.clear();
  reviewTrail_.clear();
  title_.clear();
  kind_.clear();
  kindLabel_.clear();
  syncStatus_.clear();
  syncState_.clear();
  rejectionReason_.clear();
  reviewStatus_.clear();
  statusSteps_.clear();
  nextStep_.clear();
  criteriaMet_ = -1;
  returned_ = false;
  conflict_ = false;
  std::optional<client::StoredRecord> record;
  if (manager_ && manager_->isOpen() && !recordId_.isEmpty()) record = manager_->store().record(recordId_);
  if (record && !record->deleted) {
    exists_ = true;
    conflict_ = record->conflict == client::ConflictState::Hard;
    const RecordKind kind = record->head.kind;
    kind_ = recordKindName(kind);
    kindLabel_ = app::kindLabel(kind);
    const std::optional<RecordSummary> summary = manager_->summary(recordId_);
    if (summary) {
      title_ = summary->title;
      criteriaMet_ = summary->criteriaMet;
    }
    for (const FieldSpec& spec : schemaFor(kind).fields) {
      const QVariant value = record->head.fields.value(spec.name);
      // Unset means "no" for a tick box (protobuf's default), and nothing to show for anything else.
      if (!value.isValid() && spec.type != FieldType::Boolean) continue;
      if (spec.evidence) continue;  // shown as photos and a place by the photo strip
      fields_.append(QVariantMap{{QStringLiteral("label"), localized(spec.labelVi, spec.labelEn)},
                                 {QStringLiteral("value"), fieldValueText(*manager_, kind, spec, value)},
                                 {QStringLiteral("criterion"), isCriterion(spec.name)},
                                 {QStringLiteral("met"), value.toBool()}});
    }
    versions_ = versionHistory(*record);
    const std::vector<ReviewState> trail = manager_->context().reviewTrails.value(recordId_);
    reviewTrail_ = reviewTrailOf(trail, record->head.versionId);
    if (record->rejected) {
      syncState_ = QStringLiteral("rejected");
      for (const client::RejectedItem& item : manager_->store().rejectedItems())
        if (item.version.recordId == recordId_)
          rejectionReason_ = localized(item.rejection.messageVi, item.rejection.messageEn);
      syncStatus_ = QCoreApplication::translate("RecordDetail", "Rejected: %1").arg(rejectionReason_);
    } else if (record->pending > 0) {
      syncState_ = QStringLiteral("pending");
      syncStatus_ = QCoreApplication::translate("RecordDetail", "Pending: waiting to be sent");
    } else {
      syncState_ = QStringLiteral("sent");
      syncStatus_ = QCoreApplication::translate("RecordDetail", "Sent: the server has it");
    }
    const ReviewState review = trail.empty() ? ReviewState{} : *latestOf(trail);
    returned_ = awaitsFix(review, record->head.versionId);
    // The list's own judgement (RecordSummary::approved): under a review chain, every level on this version.
    const bool approved = summary && summary->approved;
    if (approved)
      reviewStatus_ = QCoreApplication::translate("RecordDetail", "Approved");
    else if (returned_)
      reviewStatus_ = QCoreApplication::translate("RecordDetail", "Returned: %1").arg(review.comment);
    else if (review.outcome == ReviewOutcome::Returned)
      reviewStatus_ = QCoreApplication::translate("RecordDetail", "Returned, fixed: the new version awaits review");
    else
      reviewStatus_ = syncState_ == QLatin1String("sent")
                          ? QCoreApplication::translate("RecordDetail", "Received, not yet reviewed")
                          : QCoreApplication::translate("RecordDetail", "Not yet received by the district");
    RecordStanding standing;
    standing.rejected = record->rejected;
    standing.rejectionReason = rejectionReason_;
    standing.pending = record->pending > 0;
    standing.approved = approved;
    standing.returned = returned_;
    standing.fixedAfterReturn = review.outcome == ReviewOutcome::Returned && !returned_;
    standing.returnComment = review.comment;
    statusSteps_ = app::statusSteps(standing);
    nextStep_ = app::nextStep(standing);
  }
  emit changed();
}

QVariantList RecordDetail::versionHistory(const client::StoredRecord& record) const {
  const std::vector<RecordVersion> versions = manager_->store().versions(recordId_);
  const std::vector<FieldSpec>& specs = schemaFor(record.head.kind).fields;
  QVariantList history;
  const RecordVersion* previous = nullptr;
  for (const RecordVersion& version : versions) {
    // What a reviewer asks of a new version: which fields it changed from the one before.
    QStringList changed;
    if (previous && !version.deleted)
      for (const FieldSpec& spec : specs)
        if (version.fields.value(spec.name) != previous->fields.value(spec.name))
          changed.append(localized(spec.labelVi, spec.labelEn));
    history.append(QVariantMap{{QStringLiteral("number"), static_cast<int>(history.size()) + 1},
                               {QStringLiteral("when"), stampTime(version.hlc)},
                               {QStringLiteral("origin"), versionOrigin(*manager_, version)},
                               {QStringLiteral("changes"), changed.join(QStringLiteral(", "))},
                               {QStringLiteral("isHead"), version.versionId == record.head.versionId},
                               {QStringLiteral("deleted"), version.deleted}});
    previous = &version;
  }
  return history;
}

QVariantList RecordDetail::reviewTrailOf(const std::vector<ReviewState>& decisions,
                                         const QString& headVersionId) const {
  QVariantList trail;
  const client::Account account = manager_->account();
  for (const ReviewState& decision : decisions) {
    trail.append(QVariantMap{
        {QStringLiteral("returned"), decision.outcome == ReviewOutcome::Returned},
        {QStringLiteral("outcome"), decision.outcome == ReviewOutcome::Returned
                                        ? QCoreApplication::translate("RecordDetail", "Returned")
                                        : QCoreApplication::translate("RecordDetail", "Approved")},
        {QStringLiteral("comment"), decision.comment},
        {QStringLiteral("level"), decision.level ? choiceLabel(RecordKind::ReviewDecision,
                                                               QStringLiteral("reviewer_level"), decision.level)
                                                 : QString()},
        {QStringLiteral("when"), stampTime(decision.hlc)},
        {QStringLiteral("byMe"), decision.authorId == account.personId},
        {QStringLiteral("onCurrent"), decision.reviewedVersionId == headVersionId}});
  }
  return trail;
}

bool RecordDetail::remove() {
  if (!manager_ || !exists_) return false;
  return manager_->remove(recordId_).isOk();
}

}  // namespace sohoi::app
