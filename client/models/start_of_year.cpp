#include "start_of_year.h"

#include "plan/plan_loader.h"

#include <QCoreApplication>

namespace sohoi::app {

int planYear(const client::LocalStore& store) {
  const std::optional<plan::PlanFile> file = store.planFile();
  if (!file) return 0;
  if (file->year > 0) return file->year;
  const plan::PlanLoadResult loaded = plan::parsePlan(file->text, file->fileName);
  return loaded.ok() ? loaded.plan->year : 0;
}

int startOfYearFor(const client::LocalStore& store) {
  const int year = planYear(store);
  // A device before its first pull has no plan yet; the leader registers households for this year.
  return year > 0 ? year : QDate::currentDate().year();
}

QDate startOfYearDefaultDate(int year) { return QDate(year - 1, 12, 31); }

bool isBeforeYear(const QDate& date, int year) { return date.isValid() && date < QDate(year, 1, 1); }

QString startOfYearDateMessage(const QDate& date, int year) {
  // The status is how things stood on 1 January: a later day would be a visit of the year, and the
  // household's change over the year could not be told.
  if (!date.isValid() || isBeforeYear(date, year)) return {};
  return QCoreApplication::translate("StartOfYear", "The status at the start of the year is dated before 01/01/%1")
      .arg(year);
}

}  // namespace sohoi::app
