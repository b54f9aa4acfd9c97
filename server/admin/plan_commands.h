#pragma once
// sohoi-admin commands about the plan:
//   load-plan FILE.json          store a plan file (refused whole, with file:line: reason, when it does not load)
//   load-baselines FILE.csv      2020 figures per unit (baseline_file.h)
//   progress --unit ID|root [--depth N] [--format table|csv|json] [--as-of yyyy-MM-dd]
//                                progress computed from scratch from the database
#include <QDate>
#include <QString>
#include <QTextStream>

namespace sohoi::server {

class Database;
class Transaction;

int loadPlan(Database& db, const QString& path, QTextStream& out, QTextStream& err);
/// Stores a plan file within tx; false and messages on err when it does not load.
bool storePlanFile(Transaction& tx, const QString& path, QTextStream& err);
int loadBaselines(Database& db, const QString& path, QTextStream& out, QTextStream& err);
int printProgress(Database& db, const QString& unit, int depth, const QString& format, const QDate& asOf,
                  QTextStream& out, QTextStream& err);

}  // namespace sohoi::server
