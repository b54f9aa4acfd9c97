#pragma once
// sohoi-admin: the commands district and province staff (and scripts) run against a server database.
//   sohoi-admin --db DBSPEC load-tree FILE.csv
//   sohoi-admin --db DBSPEC demo
//   sohoi-admin --db DBSPEC issue-code --unit ID --person NAME [--role ROLE] [--days N]
//   sohoi-admin --db DBSPEC devices
//   sohoi-admin --db DBSPEC clock-flags [--device ID] [--limit N]
//   sohoi-admin --db DBSPEC conflicts
//   sohoi-admin --db DBSPEC revoke DEVICE_ID
//   sohoi-admin --db DBSPEC rotate-epoch
//   sohoi-admin --db DBSPEC move-unit | merge-units | tree-changes | cancel-change   (tree_commands.h)
//   sohoi-admin --db DBSPEC create-account | disable-account | reset-password | accounts | audit
//                                                                                    (account_commands.h)
// Before any command, the scheduled tree changes due by today are applied, so every command sees today's
// tree (a server process may not be running to apply them).
#include <QDate>
#include <QStringList>
#include <QTextStream>

namespace sohoi::server {

/// Runs one command; arguments exclude the program name. Results go to out, errors (bilingual) to err.
/// Returns the process exit code: 0 on success, 1 on a refused command, 2 on a usage error.
/// today: the server's local date, which decides whether a tree change is due; tests pass their own.
int runAdminCommand(const QStringList& arguments, QTextStream& out, QTextStream& err,
                    const QDate& today = QDate::currentDate());

}  // namespace sohoi::server
