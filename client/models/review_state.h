#pragma once
// What district review said about a record (DESIGN §5: decisions are records of their own, kind
// ReviewDecision, synced down like any other): the latest decision per reviewed record.
#include "store/local_store.h"

#include <QHash>
#include <QString>

namespace sohoi::app {

enum class ReviewOutcome { None = 0, Approved = 1, Returned = 2 };  // values of sohoi.v1.ReviewOutcome

struct ReviewState {
  ReviewOutcome outcome = ReviewOutcome::None;
  QString comment;            // why it was returned
  QString reviewedVersionId;  // the version the reviewer looked at
  HlcStamp hlc = 0;
};

/// The latest decision for each reviewed record id, by HLC (the order every device agrees on).
QHash<QString, ReviewState> latestReviews(const client::LocalStore& store);

/// Returned and not yet fixed: the record's head is still the version the reviewer returned.
inline bool awaitsFix(const ReviewState& review, const QString& headVersionId) {
  return review.outcome == ReviewOutcome::Returned && review.reviewedVersionId == headVersionId;
}

}  // namespace sohoi::app
