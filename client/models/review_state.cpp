#include "review_state.h"

namespace sohoi::app {

QHash<QString, ReviewState> latestReviews(const client::LocalStore& store) {
  QHash<QString, ReviewState> latest;
  for (const client::StoredRecord& decision : store.currentRecords(RecordKind::ReviewDecision)) {
    const QVariantMap& f = decision.head.fields;
    const QString recordId = f.value(QStringLiteral("record_id")).toString();
    auto it = latest.find(recordId);
    if (it != latest.end() && it->hlc >= decision.head.hlc) continue;
    latest.insert(recordId, ReviewState{static_cast<ReviewOutcome>(f.value(QStringLiteral("outcome")).toInt()),
                                        f.value(QStringLiteral("comment")).toString(),
                                        f.value(QStringLiteral("reviewed_version_id")).toString(), decision.head.hlc});
  }
  return latest;
}

}  // namespace sohoi::app
