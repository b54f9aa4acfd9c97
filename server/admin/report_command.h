#pragma once
// sohoi-admin report: the reports the workspace downloads (ExportReport), written to files.
//   report --unit ID|root --period YYYY [--quarter N] [--pdf FILE] [--csv FILE] [--records DIR]
//     --pdf FILE     the progress report, in the layout of an administrative document
//     --csv FILE     the same figures as CSV, one row per unit and indicator
//     --records DIR  the period's records in the unit's subtree, one CSV per kind (activity.csv, …)
// At least one of them. Quarter N (1–4) reads progress as of the quarter's last day; without it, the year.
#include <QDate>
#include <QHash>
#include <QString>
#include <QTextStream>

namespace sohoi::server {

class Database;

/// Writes the files asked for. Returns 0, 1 when refused (an unknown unit, no plan for the year, a file
/// that cannot be written: said on err, bilingual), 2 on a usage error (also a quarter outside 1–4).
/// today: the server's date, which decides the day figures stand at while the period runs.
int writeReports(Database& db, const QHash<QString, QString>& options, const QDate& today, QTextStream& out,
                 QTextStream& err);

}  // namespace sohoi::server
