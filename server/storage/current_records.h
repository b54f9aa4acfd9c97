#pragma once
// Reads every record's current head, as the progress engine reads records: deleted records left out,
// fields decoded. Rows stream through a callback so a million records are never held twice.
#include "plan/record_view.h"

#include <functional>

namespace sohoi::server {

class Transaction;

struct CurrentRecord {
  plan::RecordView view;
  quint64 position = 0;  // the head version's feed position
};

/// Calls each for every current, non-deleted record (in no particular order). Returns the feed's last
/// position as this transaction sees it: every change up to it is in what was read.
quint64 readCurrentRecords(Transaction& tx, const std::function<void(CurrentRecord&&)>& each);

}  // namespace sohoi::server
