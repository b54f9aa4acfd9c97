#pragma once
// Settings SQLite takes once per process, before its first connection opens.
namespace sohoi::storage {

/// Turns off SQLite's allocation statistics: it counted every allocation and release under one global
/// mutex for sqlite3_status(), which nothing here reads, about 3% of the server's instructions in a burst
/// of daily syncs. Call at the start of main(), before any thread opens a database; later it changes
/// nothing (SQLite refuses the setting once in use), which is harmless.
void configureSqliteProcess();

}  // namespace sohoi::storage
