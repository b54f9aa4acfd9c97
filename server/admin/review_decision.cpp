#include "review_decision.h"

#include "admin_device.h"

#include "storage/database.h"
#include "storage/device_repository.h"
#include "storage/meta_repository.h"
#include "storage/org_unit_repository.h"
#include "storage/push_log_repository.h"
#include "storage/record_repository.h"
#include "storage/transaction.h"
#include "sync/enrolment.h"
#include "sync/push_processor.h"

#include "ids/uuid7.h"

#include <QDateTime>

namespace sohoi::server {


int decideReview(Database& db, const QString& recordId, ReviewOutcome outcome, const QString& comment,
                 QTextStream& out, QTextStream& err) {
  std::optional<RecordHead> head;
  {
    Transaction tx(db, Transaction::Mode::Read);
    head = RecordRepository(tx).findRecord(recordId);
  }
  if (!head) {
    err << QStringLiteral("Không tìm thấy hồ sơ %1 / No record %1").arg(recordId) << Qt::endl;
    return 1;
  }
  QString error;
  const std::optional<Device> device = adminDevice(db, &error);
  if (!device) {
    err << error << Qt::endl;
    return 1;
  }

  RecordVersion decision;
  decision.recordId = newUuid7();
  decision.versionId = newUuid7();
  decision.unitId = head->unitId;  // travels to the devices that hold the reviewed record
  decision.kind = RecordKind::ReviewDecision;
  decision.hlc = makeHlc(QDateTime::currentMSecsSinceEpoch(), 0);
  decision.fields = {{"record_id", recordId},
                     {"reviewed_version_id", head->headVersionId},
                     {"outcome", static_cast<int>(outcome)}};
  if (!comment.trimmed().isEmpty()) decision.fields.insert("comment", comment.trimmed());

  const PushBatchResult result = pushAsDevice(db, *device, {decision});
  if (result.results.empty() || result.results.front().outcome == PushOutcome::Rejected) {
    err << (result.results.empty() ? QStringLiteral("Không ghi được / Not stored")
                                   : result.results.front().rejection.bilingual())
        << Qt::endl;
    return 1;
  }
  out << (outcome == ReviewOutcome::Returned ? QStringLiteral("returned ") : QStringLiteral("approved ")) << recordId
      << QStringLiteral(" (decision ") << decision.recordId << QStringLiteral(")") << Qt::endl;
  return 0;
}

}  // namespace sohoi::server
