#include "household_cases.h"

#include <QCoreApplication>
#include <algorithm>

#include "form_values.h"
#include "household_criteria.h"
#include "language.h"
#include "start_of_year.h"

namespace sohoi::app {

namespace {

struct Visit {
  QString recordId;
  QDate date;
  QVariantMap fields;
};

/// The criteria a visit did not find met, in words.
QStringList missingCriteria(const QVariantMap& fields) {
  QStringList missing;
  const RecordSchema& schema = schemaFor(RecordKind::HouseholdVisit);
  for (const QString& name : criteriaFields())
    if (!fields.value(name).toBool())
      if (const FieldSpec* spec = schema.field(name)) missing.append(localized(spec->labelVi, spec->labelEn));
  return missing;
}

QVariantMap entry(const QString& recordId, const QString& title, const QString& detail) {
  return {{QStringLiteral("recordId"), recordId},
          {QStringLiteral("title"), title},
          {QStringLiteral("detail"), detail}};
}

}  // namespace

HouseholdCases::HouseholdCases(QObject* parent) : QObject(parent) {}

void HouseholdCases::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  if (manager_) disconnect(manager_, nullptr, this, nullptr);
  manager_ = manager;
  if (manager_) {
    connect(manager_, &RecordManager::recordSaved, this, &HouseholdCases::refresh);
    connect(manager_, &RecordManager::reloaded, this, &HouseholdCases::refresh);
    connect(manager_, &RecordManager::languageChanged, this, &HouseholdCases::refresh);
  }
  emit managerChanged();
  refresh();
}

void HouseholdCases::setHouseholdId(const QString& householdId) {
  if (householdId == householdId_) return;
  householdId_ = householdId;
  emit householdIdChanged();
  refresh();
}

void HouseholdCases::setDueAfterMonths(int months) {
  if (months == dueAfterMonths_) return;
  dueAfterMonths_ = months;
  refresh();
}

void HouseholdCases::setToday(const QDate& today) {
  today_ = today;
  refresh();
}

void HouseholdCases::refresh() {
  visits_.clear();
  due_.clear();
  oneShort_.clear();
  householdCount_ = 0;
  hasStartOfYear_ = false;
  if (manager_ && manager_->isOpen()) {
    QHash<QString, std::vector<Visit>> byHousehold;
    for (const client::StoredRecord& record : manager_->store().currentRecords(RecordKind::HouseholdVisit))
      byHousehold[record.head.fields.value(QStringLiteral("household_id")).toString()].push_back(
          {record.head.recordId, record.head.fields.value(QStringLiteral("date")).toDate(),
           record.head.fields});
    for (auto& visits : byHousehold)
      std::sort(visits.begin(), visits.end(), [](const Visit& a, const Visit& b) { return a.date > b.date; });

    const int year = startOfYearFor(manager_->store());
    for (const Visit& visit : byHousehold.value(householdId_)) {
      const QStringList missing = missingCriteria(visit.fields);
      // Newest first: the first one before the year is the household's start, as the plan reads it.
      const bool start = !hasStartOfYear_ && isBeforeYear(visit.date, year);
      hasStartOfYear_ = hasStartOfYear_ || start;
      visits_.append(QVariantMap{{QStringLiteral("recordId"), visit.recordId},
                                 {QStringLiteral("dateText"), formatDate(visit.date)},
                                 {QStringLiteral("criteriaMet"), criteriaMet(visit.fields)},
                                 {QStringLiteral("missing"), missing.join(QStringLiteral(", "))},
                                 {QStringLiteral("startOfYear"), start}});
    }

    const QDate today = today_.isValid() ? today_ : QDate::currentDate();
    const QDate dueBefore = today.addMonths(-dueAfterMonths_);
    std::vector<std::pair<QDate, QVariantMap>> due;  // last visit (invalid: never), the entry
    for (const RecordSummary& household : manager_->summaries(RecordKind::Household)) {
      ++householdCount_;
      const std::vector<Visit> visits = byHousehold.value(household.recordId);
      const QDate last = visits.empty() ? QDate() : visits.front().date;
      if (!last.isValid())
        due.emplace_back(last, entry(household.recordId, household.title,
                                     QCoreApplication::translate("HouseholdCases", "Not visited yet")));
      else if (last < dueBefore)
        due.emplace_back(
            last,
            entry(household.recordId, household.title,
                  QCoreApplication::translate("HouseholdCases", "Last visited %1").arg(formatDate(last))));
      if (!visits.empty() && criteriaMet(visits.front().fields) == 7)
        oneShort_.append(entry(household.recordId, household.title,
                               QCoreApplication::translate("HouseholdCases", "Missing: %1")
                                   .arg(missingCriteria(visits.front().fields).join(QString()))));
    }
    // Never visited first, then the longest waiting.
    std::stable_sort(due.begin(), due.end(), [](const auto& a, const auto& b) {
      return !a.first.isValid() ? b.first.isValid() : b.first.isValid() && a.first < b.first;
    });
    for (const auto& [last, item] : due) due_.append(item);
  }
  emit changed();
}

}  // namespace sohoi::app
