#include "pull_processor.h"

#include "pull_cursor.h"

#include "storage/database.h"
#include "storage/meta_repository.h"
#include "storage/transaction.h"

#include <algorithm>

namespace sohoi::server {

namespace {

// Whether a device's cursor still names a place in this feed: the same epoch and history at its position,
// and the same scope. Otherwise the device starts again (PullPage::reset).
bool cursorHolds(const PullCursor& cursor, const QString& epoch, const Device& device,
                 const ScopeReference& reference, const FeedEnds& ends) {
  return cursor.epoch == epoch && (cursor.scopeUnitId.isEmpty() || cursor.scopeUnitId == device.unitId) &&
         (cursor.scopeDigest.isEmpty() || cursor.scopeDigest == reference.scopeDigest) &&
         (cursor.position == 0 || ends.versionAtCursor == cursor.versionId);
}

}  // namespace

PullPage PullProcessor::pull(const Device& device, const QByteArray& cursorBytes, int pageSize,
                             const std::optional<QString>& heldReference, bool omitOwnCurrent,
                             FeedRange justPushed) {
  const Ask ask{device,
                cursorBytes.isEmpty() ? std::nullopt : PullCursor::decode(cursorBytes),
                !cursorBytes.isEmpty(),
                pageSize <= 0 ? kDefaultPageSize : std::min(pageSize, kMaxPageSize),
                heldReference,
                omitOwnCurrent,
                justPushed};
  if (std::optional<PullPage> page = pullInOneRead(ask)) return std::move(*page);
  return pullInTransaction(ask);
}

std::optional<PullPage> PullProcessor::pullInOneRead(const Ask& ask) {
  // The scope's units are needed to read its feed: taken from the cache before the read, and confirmed
  // against the meta versions the read brings. A guess that does not hold, or a cursor that does not, goes
  // the long way (which also answers the reset).
  if (ask.hasCursor && !ask.cursor) return std::nullopt;
  const std::shared_ptr<const ScopeReference> guess = references_.latest(ask.device.unitId);
  if (!guess) return std::nullopt;
  // A page after the device's cursor may leave its own current versions out; one that turns out to start
  // again (a reset) goes the long way below, which reads them all.
  const bool omitOwn = ask.hasCursor && ask.omitOwnCurrent;
  Transaction tx(database_, Transaction::Mode::Autocommit);
  std::optional<PullSnapshot> snapshot = RecordRepository(tx).pullSnapshot(
      ask.cursor ? ask.cursor->position : 0, guess->subtree, ask.limit + 1,
      omitOwn ? ask.device.id : QString(), omitOwn ? ask.justPushed : FeedRange{});
  if (!snapshot) {
    tx.commit();
    return std::nullopt;
  }
  tx.metaRows() = std::move(snapshot->meta);
  const std::shared_ptr<const ScopeReference> reference = references_.cached(tx, ask.device.unitId);
  const QString epoch = MetaRepository(tx).epoch();
  tx.commit();
  if (!reference || reference->subtree != guess->subtree) return std::nullopt;
  PullCursor start;
  PullPage page = beginPage(ask, epoch, reference, snapshot->ends, &start);
  if (page.reset) return std::nullopt;
  page.changes = std::move(snapshot->feed);
  finishPage(&page, start, snapshot->ends, ask.limit);
  return page;
}

PullPage PullProcessor::pullInTransaction(const Ask& ask) {
  Transaction tx(database_, Transaction::Mode::Read);
  RecordRepository records(tx);
  const QString epoch = MetaRepository(tx).epoch();
  const FeedEnds ends = records.feedEnds(ask.cursor ? ask.cursor->position : 0);
  // Read in the page's snapshot, so the device stores reference data and records as of one moment.
  const std::shared_ptr<const ScopeReference> reference = references_.get(tx, ask.device.unitId);
  PullCursor start;
  PullPage page = beginPage(ask, epoch, reference, ends, &start);
  page.changes = records.feed(start.position, reference->subtree, ask.limit + 1,
                              ask.omitOwnCurrent && ask.hasCursor && !page.reset ? ask.device.id : QString());
  finishPage(&page, start, ends, ask.limit);
  tx.commit();
  return page;
}

PullPage PullProcessor::beginPage(const Ask& ask, const QString& epoch,
                                  const std::shared_ptr<const ScopeReference>& reference,
                                  const FeedEnds& ends, PullCursor* start) {
  PullPage page;
  page.epoch = epoch;
  page.deviceLastSeq = ask.device.lastSeq;  // as authentication read it, just before
  *start = PullCursor{epoch, 0, QString(), ask.device.unitId, reference->scopeDigest};
  if (ask.hasCursor) {
    if (ask.cursor && cursorHolds(*ask.cursor, epoch, ask.device, *reference, ends)) {
      *start = *ask.cursor;
      start->scopeUnitId = ask.device.unitId;
      start->scopeDigest = reference->scopeDigest;
    } else {
      page.reset = true;
    }
  }
  const bool fromStart = !ask.hasCursor || page.reset;
  if (fromStart || (ask.heldReference && *ask.heldReference != reference->version))
    page.reference = reference;
  return page;
}

void PullProcessor::finishPage(PullPage* page, const PullCursor& start, const FeedEnds& ends, int limit) {
  page->hasMore = static_cast<int>(page->changes.size()) > limit;
  if (page->hasMore) page->changes.resize(static_cast<size_t>(limit));
  PullCursor next = start;
  if (page->hasMore) {
    next.position = page->changes.back().position;
    next.versionId = page->changes.back().version.versionId;
  } else if (ends.lastPosition > next.position) {
    // Caught up: move past the out-of-scope tail too, so the next pull does not scan it again. Positions
    // are taken in commit order, so nothing can still appear below the last one in this snapshot.
    next.position = ends.lastPosition;
    next.versionId = ends.lastVersionId;
  }
  page->nextCursor = next.encode();
  std::erase_if(page->changes, [](const FeedEntry& change) { return change.heldByReader; });
}

}  // namespace sohoi::server
