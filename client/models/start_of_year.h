#pragma once
// Tình trạng đầu năm (a household's status at the start of the year): the 8 criteria and the poverty
// status as they stood before 1 January of the plan's year, recorded when a household is first registered.
// It is an ordinary household visit dated before that day (the plan reads the latest such visit as the
// household's start, data/plans/README.md "The start of the year"), so it syncs and counts like any visit.
#include "store/local_store.h"

#include <QDate>
#include <QString>

namespace sohoi::app {

/// The year of the plan the store holds; 0 without one. A plan stored without its year (kept in the text
/// alone) is read for it.
int planYear(const client::LocalStore& store);

/// The year whose start a household's status is recorded for: the plan's, else the current year.
int startOfYearFor(const client::LocalStore& store);

/// The day a start-of-year status is dated unless the leader gives another: 31/12 of the year before.
QDate startOfYearDefaultDate(int year);

/// True for a visit that can stand for the start of year: dated before its 1 January.
bool isBeforeYear(const QDate& date, int year);

/// Why date cannot be a start-of-year status for year, in the current language; empty when it can.
QString startOfYearDateMessage(const QDate& date, int year);

}  // namespace sohoi::app
