#pragma once
// sohoi-admin clock-flags [--device ID] [--limit N]: the versions stored with an implausible device clock
// (DESIGN §5 "Clocks"), newest first, so staff can find the tablets whose date needs setting.
#include <QHash>
#include <QString>
#include <QTextStream>

namespace sohoi::server {

class Database;

/// Prints the table to out. options: "device" (only that device's), "limit" (default 50). Returns the exit
/// code: 2 (said on err) when --limit is not a positive number.
int listClockFlags(Database& db, const QHash<QString, QString>& options, QTextStream& out, QTextStream& err);

}  // namespace sohoi::server
