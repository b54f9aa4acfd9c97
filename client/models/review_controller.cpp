#include "review_controller.h"

#include "language.h"

#include "auth/record_permissions.h"

#include <QCoreApplication>

namespace sohoi::app {

ReviewController::ReviewController(QObject* parent) : QObject(parent) {}

void ReviewController::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  manager_ = manager;
  emit managerChanged();
}

bool ReviewController::mayDecide(const QString& recordId) const {
  if (!manager_ || !manager_->isOpen()) return false;
  const std::optional<client::StoredRecord> record = manager_->store().record(recordId);
  if (!record || record->deleted) return false;
  const client::LocalStore& store = manager_->store();
  return permits(manager_->role(), RecordKind::ReviewDecision, RecordAction::Decide,
                 relationOf(store.orgTree(), store.account().unitId, record->head.unitId));
}

client::Status ReviewController::decide(const QString& recordId, ReviewOutcome outcome, const QString& comment) {
  if (!manager_ || !manager_->isOpen())
    return client::Status::error(QStringLiteral("NOT_OPEN"), QStringLiteral("Chưa mở dữ liệu"),
                                 QStringLiteral("No data is open"));
  const std::optional<client::StoredRecord> record = manager_->store().record(recordId);
  if (!record || record->deleted)
    return client::Status::error(QStringLiteral("NOT_FOUND"), QStringLiteral("Không còn hồ sơ này"),
                                 QStringLiteral("This record no longer exists"));
  if (!mayDecide(recordId))
    return client::Status::fromRejection(rejectionFor(ReasonCode::NotPermitted));
  const QVariantMap fields{{QStringLiteral("record_id"), recordId},
                           {QStringLiteral("reviewed_version_id"), record->head.versionId},
                           {QStringLiteral("outcome"), static_cast<int>(outcome)},
                           {QStringLiteral("comment"), comment.trimmed()},
                           {QStringLiteral("reviewer_level"), static_cast<int>(manager_->unitLevel())}};
  return manager_->createIn(RecordKind::ReviewDecision, record->head.unitId, fields);
}

void ReviewController::setError(const client::Status& status) {
  const QString error = status.isOk() ? QString() : localized(status.messageVi(), status.messageEn());
  if (error == error_) return;
  error_ = error;
  emit errorChanged();
}

bool ReviewController::approve(const QString& recordId) {
  const client::Status status = decide(recordId, ReviewOutcome::Approved, {});
  setError(status);
  if (status.isOk()) emit decided(recordId);
  return status.isOk();
}

bool ReviewController::returnRecord(const QString& recordId, const QString& comment) {
  const client::Status status = decide(recordId, ReviewOutcome::Returned, comment);
  setError(status);
  if (status.isOk()) emit decided(recordId);
  return status.isOk();
}

int ReviewController::approveAll(const QStringList& recordIds) {
  int approved = 0;
  client::Status firstFailure = client::Status::ok();
  for (const QString& recordId : recordIds) {
    const client::Status status = decide(recordId, ReviewOutcome::Approved, {});
    if (status.isOk()) {
      ++approved;
      emit decided(recordId);
    } else if (firstFailure.isOk()) {
      firstFailure = status;
    }
  }
  setError(firstFailure);
  return approved;
}

}  // namespace sohoi::app
