#include "record_detail.h"

#include "choice_labels.h"
#include "domain/record_schema.h"
#include "form_values.h"
#include "language.h"
#include "review_state.h"

#include <QCoreApplication>
#include <QDateTime>

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

QString RecordDetail::valueText(RecordKind kind, const FieldSpec& spec, const QVariant& value) {
  switch (spec.type) {
    case FieldType::Boolean:
      return value.toBool() ? QCoreApplication::translate("RecordDetail", "Yes")
                            : QCoreApplication::translate("RecordDetail", "No");
    case FieldType::Date: return formatDate(value.toDate());
    case FieldType::Choice: return choiceLabel(kind, spec.name, value.toInt());
    case FieldType::Integer: return QLocale().toString(value.toLongLong());
    case FieldType::Id: {
      const std::optional<RecordSummary> s = manager_->summary(value.toString());
      return s ? s->title : value.toString();
    }
    case FieldType::IdList: {
      QStringList names;
      for (const QString& id : value.toStringList()) {
        const std::optional<RecordSummary> s = manager_->summary(id);
        names.append(s ? s->title : id);
      }
      return names.join(QStringLiteral(", "));
    }
    case FieldType::Text: return value.toString();
  }
  return {};
}

void RecordDetail::refresh() {
  exists_ = false;
  fields_.clear();
  versions_.clear();
  title_.clear();
  kind_.clear();
  kindLabel_.clear();
  syncStatus_.clear();
  syncState_.clear();
  rejectionReason_.clear();
  reviewStatus_.clear();
  criteriaMet_ = -1;
  returned_ = false;
  std::optional<client::StoredRecord> record;
  if (manager_ && manager_->isOpen() && !recordId_.isEmpty()) record = manager_->store().record(recordId_);
  if (record && !record->deleted) {
    exists_ = true;
    const RecordKind kind = record->head.kind;
    kind_ = recordKindName(kind);
    kindLabel_ = app::kindLabel(kind);
    if (const std::optional<RecordSummary> s = manager_->summary(recordId_)) {
      title_ = s->title;
      criteriaMet_ = s->criteriaMet;
    }
    for (const FieldSpec& spec : schemaFor(kind).fields) {
      const QVariant value = record->head.fields.value(spec.name);
      // Unset means "no" for a tick box (protobuf's default), and nothing to show for anything else.
      if (!value.isValid() && spec.type != FieldType::Boolean) continue;
      fields_.append(QVariantMap{{QStringLiteral("label"), localized(spec.labelVi, spec.labelEn)},
                                 {QStringLiteral("value"), valueText(kind, spec, value)}});
    }
    const std::vector<RecordVersion> versions = manager_->store().versions(recordId_);
    const QString account = manager_->account().deviceId;
    int number = 0;
    for (const RecordVersion& version : versions) {
      ++number;
      const QDateTime when = QDateTime::fromMSecsSinceEpoch(hlcMillis(version.hlc));
      versions_.append(QVariantMap{
          {QStringLiteral("number"), number},
          {QStringLiteral("when"), QLocale().toString(when, QStringLiteral("dd/MM/yyyy HH:mm"))},
          {QStringLiteral("origin"), version.deviceId == account
                                         ? QCoreApplication::translate("RecordDetail", "This tablet")
                                         : QCoreApplication::translate("RecordDetail", "Another device")},
          {QStringLiteral("isHead"), version.versionId == record->head.versionId},
          {QStringLiteral("deleted"), version.deleted}});
    }
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
    const ReviewState review = latestReviews(manager_->store()).value(recordId_);
    returned_ = awaitsFix(review, record->head.versionId);
    if (review.outcome == ReviewOutcome::Approved && review.reviewedVersionId == record->head.versionId)
      reviewStatus_ = QCoreApplication::translate("RecordDetail", "Approved");
    else if (returned_)
      reviewStatus_ = QCoreApplication::translate("RecordDetail", "Returned: %1").arg(review.comment);
    else if (review.outcome == ReviewOutcome::Returned)
      reviewStatus_ = QCoreApplication::translate("RecordDetail", "Returned, fixed: the new version awaits review");
    else
      reviewStatus_ = syncState_ == QLatin1String("sent")
                          ? QCoreApplication::translate("RecordDetail", "Received, not yet reviewed")
                          : QCoreApplication::translate("RecordDetail", "Not yet received by the district");
  }
  emit changed();
}

bool RecordDetail::remove() {
  if (!manager_ || !exists_) return false;
  return manager_->remove(recordId_).isOk();
}

}  // namespace sohoi::app
