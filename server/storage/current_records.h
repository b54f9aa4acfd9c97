#pragma once
// Reads records' current heads as the progress engine reads records, fields decoded: every live record (to
// build figures), or the heads that changed after a feed position (to follow writes made elsewhere). Rows
// stream through a callback so a million records are never held twice.
#include "plan/record_view.h"

#include <functional>

namespace sohoi::server {

class Transaction;

struct CurrentRecord {
  plan::RecordView view;
  quint64 position = 0;  // the head version's feed position
  bool deleted = false;  // the head deletes the record (view holds its id and kind only)
};

/// Calls each for every current, non-deleted record (in no particular order). Returns the feed's last
/// position as this transaction sees it: every change up to it is in what was read.
quint64 readCurrentRecords(Transaction& tx, const std::function<void(CurrentRecord&&)>& each);

/// How far readHeadsAfter() read.
struct HeadsRead {
  quint64 upTo = 0;  // every head up to this position has been read
  bool cut = false;  // the limit stopped the read: heads after upTo may be waiting
};

/// Calls each, in feed order, for every record whose current head lies after position, deleted ones too
/// (a record changed twice since is read once, at its head), up to limit heads, except heads at a
/// position known() is true of, which are not decoded. Reads up to the feed's last position as this
/// transaction sees it (positions follow commit order, so every change up to it is in), or, when limit
/// cuts the read short, up to the last head read.
HeadsRead readHeadsAfter(Transaction& tx, quint64 position, int limit, const std::function<bool(quint64)>& known,
                       const std::function<void(CurrentRecord&&)>& each);

}  // namespace sohoi::server
