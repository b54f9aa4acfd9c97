#include "pull_processor.h"

#include "pull_cursor.h"

#include "storage/database.h"
#include "storage/meta_repository.h"
#include "storage/transaction.h"

#include <algorithm>

namespace sohoi::server {

PullPage PullProcessor::pull(const Device& device, const QByteArray& cursorBytes, int pageSize,
                             const std::optional<QString>& heldReference, bool omitOwnCurrent) {
  const int limit = pageSize <= 0 ? kDefaultPageSize : std::min(pageSize, kMaxPageSize);
  Transaction tx(database_, Transaction::Mode::Read);
  RecordRepository records(tx);
  PullPage page;
  page.epoch = MetaRepository(tx).epoch();
  page.deviceLastSeq = device.lastSeq;  // as authentication read it, just before
  const std::optional<PullCursor> cursor =
      cursorBytes.isEmpty() ? std::nullopt : PullCursor::decode(cursorBytes);
  const FeedEnds ends = records.feedEnds(cursor ? cursor->position : 0);

  // Read in the page's snapshot, so the device stores reference data and records as of one moment.
  std::shared_ptr<const ScopeReference> reference = references_.get(tx, device.unitId);
  PullCursor start{page.epoch, 0, QString(), device.unitId, reference->scopeDigest};
  if (!cursorBytes.isEmpty()) {
    const bool known = cursor && cursor->epoch == page.epoch &&
                       (cursor->scopeUnitId.isEmpty() || cursor->scopeUnitId == device.unitId) &&
                       (cursor->scopeDigest.isEmpty() || cursor->scopeDigest == reference->scopeDigest) &&
                       (cursor->position == 0 || ends.versionAtCursor == cursor->versionId);
    if (known) {
      start = *cursor;
      start.scopeUnitId = device.unitId;
      start.scopeDigest = reference->scopeDigest;
    } else {
      page.reset = true;
    }
  }
  const bool fromStart = cursorBytes.isEmpty() || page.reset;
  if (fromStart || (heldReference && *heldReference != reference->version)) page.reference = reference;

  page.changes = records.feed(start.position, reference->subtree, limit + 1,
                              omitOwnCurrent && !fromStart ? device.id : QString());
  page.hasMore = static_cast<int>(page.changes.size()) > limit;
  if (page.hasMore) page.changes.resize(static_cast<size_t>(limit));

  PullCursor next = start;
  if (page.hasMore) {
    next.position = page.changes.back().position;
    next.versionId = page.changes.back().version.versionId;
  } else if (ends.lastPosition > next.position) {
    // Caught up: move past the out-of-scope tail too, so the next pull does not scan it again. Positions
    // are taken in commit order, so nothing can still appear below the last one in this snapshot.
    next.position = ends.lastPosition;
    next.versionId = ends.lastVersionId;
  }
  page.nextCursor = next.encode();
  std::erase_if(page.changes, [](const FeedEntry& change) { return change.heldByReader; });
  tx.commit();
  return page;
}

}  // namespace sohoi::server
