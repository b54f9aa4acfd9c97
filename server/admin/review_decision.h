#pragma once
// sohoi-admin approve|return RECORD_ID [--comment TEXT]: district staff's decision on a synced record,
// until the review screens exist. The decision is a review_decision record (DESIGN §5: decisions are
// records, not edits) written through the same push path a device uses, by the admin console's own
// device, so it is validated, logged and placed in the change feed like any other record, and reaches
// the author's device with its next pull.
#include <QString>
#include <QTextStream>

namespace sohoi::server {

class Database;

enum class ReviewOutcome { Approved = 1, Returned = 2 };

/// Records the decision; prints the decision's id. Returns 0, or 1 with a bilingual message on err.
int decideReview(Database& db, const QString& recordId, ReviewOutcome outcome, const QString& comment,
                 QTextStream& out, QTextStream& err);

}  // namespace sohoi::server
