#include "feed_follower.h"

#include "storage/current_records.h"

namespace sohoi::server {

std::vector<HeadChange> FeedFollower::catchUp(Transaction& tx) {
  std::vector<HeadChange> changes;
  position_ = readHeadsAfter(tx, position_, [&changes](CurrentRecord&& head) {
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

}  // namespace sohoi::server
