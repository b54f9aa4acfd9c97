#pragma once
// What district review said about a record (DESIGN §5: decisions are records of their own, kind
// ReviewDecision, synced down like any other): the latest decision per reviewed record, the whole trail
// of one record, and where a record stands in the workspace's review queue.
#include "store/local_store.h"

#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace sohoi::app {

enum class ReviewOutcome { None = 0, Approved = 1, Returned = 2 };  // values of sohoi.v1.ReviewOutcome

struct ReviewState {
  ReviewOutcome outcome = ReviewOutcome::None;
  QString comment;            // why it was returned
  QString reviewedVersionId;  // the version the reviewer looked at
  HlcStamp hlc = 0;
  QString authorId;           // the reviewer
  QString decisionId;         // the decision record
  int level = 0;              // the reviewer's UnitLevel (reviewer_level); 0 from before levels were kept
};

/// One stored decision as review reads it, and the record it is about.
ReviewState reviewStateOf(const client::StoredRecord& decision);
QString reviewedRecordOf(const client::StoredRecord& decision);

/// The latest decision for each reviewed record id, by HLC (the order every device agrees on).
QHash<QString, ReviewState> latestReviews(const client::LocalStore& store);

/// Every decision on each reviewed record, oldest first.
QHash<QString, std::vector<ReviewState>> reviewTrails(const client::LocalStore& store);

/// A trail's latest decision (as latestReviews picks it); null for an empty trail.
const ReviewState* latestOf(const std::vector<ReviewState>& trail);

/// The plan's review_levels as the store holds the plan; empty without a plan or a chain.
std::vector<UnitLevel> reviewLevelsOf(const client::LocalStore& store);

/// Returned and not yet fixed: the record's head is still the version the reviewer returned.
inline bool awaitsFix(const ReviewState& review, const QString& headVersionId) {
  return review.outcome == ReviewOutcome::Returned && review.reviewedVersionId == headVersionId;
}

/// Where a record stands in review (trạng thái duyệt), as the workspace's queue shows and filters it.
enum class ReviewStatus {
  Awaiting = 0,          // no decision on its current version yet (new, or edited since approval)
  Approved = 1,          // its current version was approved
  Returned = 2,          // returned with a comment; its author has not changed it yet
  FixedAfterReturn = 3,  // returned, and a new version came back since: to look at again
  Conflict = 4,          // two edits of one field, or two reviewers deciding its version differently
};

/// Who decides, in turn (the plan's review_levels; empty: one decision by any level above the record),
/// and the level of the person looking.
struct ReviewChain {
  std::vector<UnitLevel> levels;
  UnitLevel viewer = UnitLevel::District;
};

/// The status of a record whose head is headVersionId, from its trail (oldest first) and conflict state.
/// With a chain of levels a record is approved once the last level approved its current version.
ReviewStatus reviewStatusOf(const std::vector<ReviewState>& trail, const QString& headVersionId,
                            client::ConflictState conflict, const std::vector<UnitLevel>& levels = {});

/// Whether the record waits for the viewer's decision: it needs one, every level before the viewer's in
/// the chain approved its current version, and the viewer's level has not decided on it yet.
bool awaitsViewer(const std::vector<ReviewState>& trail, const QString& headVersionId, ReviewStatus status,
                  const ReviewChain& chain);

/// The level whose decision the record waits for, or nullopt (decided, returned, or no chain).
std::optional<UnitLevel> waitingLevel(const std::vector<ReviewState>& trail, const QString& headVersionId,
                                      ReviewStatus status, const std::vector<UnitLevel>& levels);

/// Two reviewers decided the same version differently: both decisions are kept, a person settles it.
bool decisionsDisagree(const std::vector<ReviewState>& trail, const QString& versionId);

/// Still wants a reviewer's decision (the queue's default view).
inline bool needsDecision(ReviewStatus status) {
  return status == ReviewStatus::Awaiting || status == ReviewStatus::FixedAfterReturn ||
         status == ReviewStatus::Conflict;
}

/// The status in words, in the current language.
QString reviewStatusLabel(ReviewStatus status);

}  // namespace sohoi::app
