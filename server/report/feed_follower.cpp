#include "feed_follower.h"

#include <algorithm>

namespace sohoi::server {

void FeedFollower::applied(const std::vector<HeadChange>& changes) {
  const size_t before = applied_.size();
  for (const HeadChange& change : changes)
    if (change.position > position_ && applied_.size() < kMaxApplied) applied_.push_back(change.position);
  // A group's heads come in record order, and groups mostly in commit order: sort what came, then merge.
  const auto added = applied_.begin() + static_cast<std::ptrdiff_t>(before);
  std::sort(added, applied_.end());
  std::inplace_merge(applied_.begin(), added, applied_.end());
}

std::vector<HeadChange> FeedFollower::read(Transaction& tx, HeadsRead* read) const {
  std::vector<HeadChange> changes;
  auto next = applied_.cbegin();  // heads arrive in position order: one walk over applied_
  const auto known = [&next, this](quint64 position) {
    next = std::lower_bound(next, applied_.cend(), position);
    return next != applied_.cend() && *next == position;
  };
  *read = readHeadsAfter(tx, position_, chunk_, known, [&changes](CurrentRecord&& head) {
    HeadChange change;
    change.version.recordId = std::move(head.view.recordId);
    change.version.kind = head.view.kind;
    change.version.unitId = std::move(head.view.unitId);
    change.version.hlc = head.view.hlc;
    change.version.fields = std::move(head.view.fields);
    change.version.deleted = head.deleted;
    change.position = head.position;
    changes.push_back(std::move(change));
  });
  return changes;
}

void FeedFollower::advanceTo(quint64 position) {
  if (position <= position_) return;
  position_ = position;
  applied_.erase(applied_.begin(), std::upper_bound(applied_.begin(), applied_.end(), position));
}

}  // namespace sohoi::server
