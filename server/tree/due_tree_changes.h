#pragma once
// Applies the scheduled moves and merges whose day has come: in date order, each in its own write
// transaction, each exactly once even with several processes on one database (the change is claimed by a
// conditional update in the transaction that applies it). A change the tree no longer allows is marked
// failed with the reason; nothing of it is applied. Run by sohoi-server (DueTreeChangeTimer) and before
// every sohoi-admin command.
#include "storage/tree_change_repository.h"

#include <QDate>
#include <QString>
#include <vector>

namespace sohoi::server {

class Database;

/// Settles every scheduled change effective on or before today; returns them as settled (Applied or
/// Failed), in the order they were applied. Throws StorageError (the change being applied is then rolled
/// back and stays scheduled).
std::vector<TreeChange> applyDueTreeChanges(Database& database, const QDate& today);

/// One line for a person: "tree change 3 (merge 05452 into 05449 from 2030-01-01): applied" or, when it
/// failed, the reason.
QString describeTreeChange(const TreeChange& change);

}  // namespace sohoi::server
