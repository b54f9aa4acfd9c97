#pragma once
// sohoi-admin commands that reorganise the org tree (DESIGN §2). A change dated after today is checked,
// then waits in tree_changes until its day (tree/due_tree_changes.h); one dated today or earlier is
// applied at once. today is the server's local date; tests pass their own.
//   move-unit UNIT --to PARENT --from DATE       a unit moves under another parent on DATE
//   merge-units FROM --into TO --from DATE       FROM is merged into TO on DATE: its children move to TO, and
//                                                FROM is closed (kept under TO, no new enrolments)
//   tree-changes                                 scheduled, applied, cancelled and failed changes
//   cancel-change ID                             cancels a scheduled change
#include <QDate>
#include <QString>
#include <QTextStream>

namespace sohoi::server {

class Database;

int moveUnit(Database& db, const QString& unit, const QString& parent, const QDate& from, const QDate& today,
             QTextStream& out, QTextStream& err);
int mergeUnits(Database& db, const QString& from, const QString& into, const QDate& date, const QDate& today,
               QTextStream& out, QTextStream& err);
int listTreeChanges(Database& db, QTextStream& out);
int cancelTreeChange(Database& db, const QString& id, QTextStream& out, QTextStream& err);

}  // namespace sohoi::server
