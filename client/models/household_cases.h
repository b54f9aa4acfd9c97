#pragma once
// Households as cases (as in CommCare): each household's visits over time with the criteria met at each,
// and the home page's worklist: households not visited for some months, and households one criterion
// short of the 8 of "Gia đình 5 không, 3 sạch" at their latest visit.
#include <QtQml/qqmlregistration.h>

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QVariantList>

#include "record_manager.h"

namespace sohoi::app {

class HouseholdCases : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  // A household's page sets it to list that household's visits.
  Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
  // Months without a visit before a household is listed as due (3 unless set).
  Q_PROPERTY(int dueAfterMonths READ dueAfterMonths WRITE setDueAfterMonths NOTIFY changed)
  Q_PROPERTY(QVariantList visits READ visits NOTIFY changed)
  Q_PROPERTY(QVariantList due READ due NOTIFY changed)
  Q_PROPERTY(QVariantList oneShort READ oneShort NOTIFY changed)
  Q_PROPERTY(int householdCount READ householdCount NOTIFY changed)
  // The household has a status at the start of the plan's year (a visit dated before its 1 January).
  Q_PROPERTY(bool hasStartOfYear READ hasStartOfYear NOTIFY changed)

 public:
  explicit HouseholdCases(QObject* parent = nullptr);

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  QString householdId() const { return householdId_; }
  void setHouseholdId(const QString& householdId);
  int dueAfterMonths() const { return dueAfterMonths_; }
  void setDueAfterMonths(int months);
  /// The household's visits, newest first: [{recordId, dateText, criteriaMet, missing (criteria not met, in
  /// words), startOfYear (the latest visit before the plan's year: its status at the start of the year)}].
  QVariantList visits() const { return visits_; }
  /// Households never visited, or not since dueAfterMonths: [{recordId, title, detail}], longest waiting
  /// first.
  QVariantList due() const { return due_; }
  /// Households whose latest visit met 7 of the 8 criteria: [{recordId, title, detail (the one missing)}].
  QVariantList oneShort() const { return oneShort_; }
  /// Live households of the unit (none: the visit form explains how to add one).
  int householdCount() const { return householdCount_; }
  bool hasStartOfYear() const { return hasStartOfYear_; }
  /// The day "due" is judged on (today unless a test sets it).
  void setToday(const QDate& today);

  Q_INVOKABLE void refresh();

 signals:
  void managerChanged();
  void householdIdChanged();
  void changed();

 private:
  QPointer<RecordManager> manager_;
  QString householdId_;
  int dueAfterMonths_ = 3;
  QDate today_;
  QVariantList visits_;
  QVariantList due_;
  QVariantList oneShort_;
  int householdCount_ = 0;
  bool hasStartOfYear_ = false;
};

}  // namespace sohoi::app
