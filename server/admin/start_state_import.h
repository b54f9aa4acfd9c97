#pragma once
// sohoi-admin import-start-states FILE.csv: the province's households as they stood before the plan year
// (tình trạng đầu năm), e.g. from the commune's 2020 register of "Gia đình 5 không, 3 sạch". Each row is an
// assessment of one registered household on a day, stored as a household visit of that day in the
// household's branch — the same record a leader makes on her tablet — so indicator 4.2 reads the start
// state from the latest visit before 1 January whichever way it came. The CSV's header:
//   household_id,date,no_poverty,no_law_violation,no_domestic_violence,no_third_child,
//   no_malnutrition_dropout,clean_house,clean_kitchen,clean_lane,poverty_status
// date as dd/MM/yyyy or yyyy-MM-dd; criteria 1/0 (or có/không); poverty_status empty, 1 (hộ nghèo),
// 2 (cận nghèo) or 3 (không nghèo). Every row goes through the record rules a push applies, and nothing
// is stored when any row is wrong.
#include "domain/record_version.h"

#include <QByteArray>
#include <QStringList>
#include <QTextStream>
#include <vector>

namespace sohoi::server {

class Database;

/// One household's assessment: the fields of a household visit (household_id included).
struct StartState {
  int line = 0;  // in its file; 0 when made by a program (the demo)
  QVariantMap fields;
};

struct StartStateFile {
  std::vector<StartState> states;
  QStringList errors;  // "Dòng N: … / Line N: …", every one found
  static StartStateFile parse(const QByteArray& csv);
};

/// Stores each state as a household visit in its household's unit, pushed by the admin console's device
/// in batches. Every row is checked first (the household exists, the rules a push applies); on any error
/// nothing is stored. Returns 0, or 1 with the errors on err.
int importStartStates(Database& db, const std::vector<StartState>& states, QTextStream& out, QTextStream& err);

/// The command: reads path, parses, imports.
int importStartStateFile(Database& db, const QString& path, QTextStream& out, QTextStream& err);

}  // namespace sohoi::server
