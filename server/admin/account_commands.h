#pragma once
// sohoi-admin's commands for people's desktop accounts and the audit log:
//   create-account --username U --person NAME --unit ID --role ROLE [--password-file FILE|-]
//   disable-account U
//   reset-password U [--password-file FILE|-]
//   accounts
//   audit [--limit 50]
// A password is read from the first line of --password-file (`-`: standard input), never from the
// command line (where other users of the machine could see it); without one, a password is made up and
// printed once. Every change is audited as done by the console (sohoi-admin).
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace sohoi::server {

class Database;

/// Whether command is one of the above.
bool isAccountCommand(const QString& command);
/// Runs it; returns the exit code: 0 done, 1 refused (said on err, bilingual), 2 a usage error.
int runAccountCommand(Database& db, const QString& command, const QStringList& positional,
                      const QHash<QString, QString>& options, QTextStream& out, QTextStream& err);

}  // namespace sohoi::server
