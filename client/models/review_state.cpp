#include "review_state.h"

#include "plan/plan_loader.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

namespace sohoi::app {

ReviewState reviewStateOf(const client::StoredRecord& decision) {
  const QVariantMap& f = decision.head.fields;
  return ReviewState{static_cast<ReviewOutcome>(f.value(QStringLiteral("outcome")).toInt()),
                     f.value(QStringLiteral("comment")).toString(),
                     f.value(QStringLiteral("reviewed_version_id")).toString(),
                     decision.head.hlc,
                     decision.head.authorId,
                     decision.head.recordId,
                     f.value(QStringLiteral("reviewer_level")).toInt()};
}

QString reviewedRecordOf(const client::StoredRecord& decision) {
  return decision.head.fields.value(QStringLiteral("record_id")).toString();
}

QHash<QString, ReviewState> latestReviews(const client::LocalStore& store) {
  const QHash<QString, std::vector<ReviewState>> trails = reviewTrails(store);
  QHash<QString, ReviewState> latest;
  for (auto it = trails.cbegin(); it != trails.cend(); ++it) latest.insert(it.key(), *latestOf(it.value()));
  return latest;
}

QHash<QString, std::vector<ReviewState>> reviewTrails(const client::LocalStore& store) {
  QHash<QString, std::vector<ReviewState>> trails;
  for (const client::StoredRecord& decision : store.currentRecords(RecordKind::ReviewDecision))
    trails[reviewedRecordOf(decision)].push_back(reviewStateOf(decision));
  // Stable, so decisions of one HLC (there should be none) keep the store's order everywhere.
  for (std::vector<ReviewState>& trail : trails)
    std::stable_sort(trail.begin(), trail.end(),
                     [](const ReviewState& a, const ReviewState& b) { return a.hlc < b.hlc; });
  return trails;
}

const ReviewState* latestOf(const std::vector<ReviewState>& trail) {
  if (trail.empty()) return nullptr;
  // The first of the latest HLC: of two decisions with one HLC, the one the store gave first.
  auto latest = trail.end() - 1;
  while (latest != trail.begin() && (latest - 1)->hlc == latest->hlc) --latest;
  return &*latest;
}

std::vector<UnitLevel> reviewLevelsOf(const client::LocalStore& store) {
  if (const std::optional<plan::PlanFile> file = store.planFile())
    if (const plan::PlanLoadResult loaded = plan::parsePlan(file->text, file->fileName); loaded.plan)
      return loaded.plan->reviewLevels;
  return {};
}

bool decisionsDisagree(const std::vector<ReviewState>& trail, const QString& versionId) {
  const ReviewState* first = nullptr;
  for (const ReviewState& decision : trail) {
    if (decision.reviewedVersionId != versionId) continue;
    if (first && first->authorId != decision.authorId && first->outcome != decision.outcome) return true;
    if (!first) first = &decision;
  }
  return false;
}

namespace {

/// Whether the level approved headVersionId (its latest decision on it).
bool approvedAt(const std::vector<ReviewState>& trail, const QString& headVersionId, UnitLevel level) {
  bool approved = false;
  for (const ReviewState& decision : trail)
    if (decision.reviewedVersionId == headVersionId && decision.level == static_cast<int>(level))
      approved = decision.outcome == ReviewOutcome::Approved;
  return approved;
}

bool decidedAt(const std::vector<ReviewState>& trail, const QString& headVersionId, UnitLevel level) {
  return std::any_of(trail.begin(), trail.end(), [&](const ReviewState& decision) {
    return decision.reviewedVersionId == headVersionId && decision.level == static_cast<int>(level);
  });
}

}  // namespace

ReviewStatus reviewStatusOf(const std::vector<ReviewState>& trail, const QString& headVersionId,
                            client::ConflictState conflict, const std::vector<UnitLevel>& levels) {
  if (conflict == client::ConflictState::Hard || decisionsDisagree(trail, headVersionId)) return ReviewStatus::Conflict;
  if (trail.empty()) return ReviewStatus::Awaiting;
  const ReviewState& latest = trail.back();
  const bool onHead = latest.reviewedVersionId == headVersionId;
  // A return at any level sends the record back to its author.
  if (latest.outcome == ReviewOutcome::Returned) return onHead ? ReviewStatus::Returned : ReviewStatus::FixedAfterReturn;
  if (levels.empty())
    return onHead && latest.outcome == ReviewOutcome::Approved ? ReviewStatus::Approved : ReviewStatus::Awaiting;
  return approvedAt(trail, headVersionId, levels.back()) ? ReviewStatus::Approved : ReviewStatus::Awaiting;
}

bool awaitsViewer(const std::vector<ReviewState>& trail, const QString& headVersionId, ReviewStatus status,
                  const ReviewChain& chain) {
  if (!needsDecision(status)) return false;
  if (chain.levels.empty() || status == ReviewStatus::Conflict) return true;
  for (UnitLevel level : chain.levels) {
    if (level == chain.viewer) return !decidedAt(trail, headVersionId, level);
    if (!approvedAt(trail, headVersionId, level)) return false;  // an earlier level's turn
  }
  return false;  // the viewer's level is not in the chain: it watches, others decide
}

std::optional<UnitLevel> waitingLevel(const std::vector<ReviewState>& trail, const QString& headVersionId,
                                      ReviewStatus status, const std::vector<UnitLevel>& levels) {
  if (status != ReviewStatus::Awaiting && status != ReviewStatus::FixedAfterReturn) return std::nullopt;
  for (UnitLevel level : levels)
    if (!approvedAt(trail, headVersionId, level)) return level;
  return std::nullopt;
}

QString reviewStatusLabel(ReviewStatus status) {
  switch (status) {
    case ReviewStatus::Awaiting: return QCoreApplication::translate("Review", "Awaiting review");
    case ReviewStatus::Approved: return QCoreApplication::translate("Review", "Approved");
    case ReviewStatus::Returned: return QCoreApplication::translate("Review", "Returned");
    case ReviewStatus::FixedAfterReturn: return QCoreApplication::translate("Review", "Fixed after return");
    case ReviewStatus::Conflict: return QCoreApplication::translate("Review", "Conflict");
  }
  return {};
}

}  // namespace sohoi::app
