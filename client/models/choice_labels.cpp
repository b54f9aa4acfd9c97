#include "choice_labels.h"

#include "language.h"

#include "domain/choice_labels.h"
#include "domain/record_schema.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace sohoi::app {

QString kindLabel(RecordKind kind) {
  switch (kind) {
    case RecordKind::Activity: return QCoreApplication::translate("Kinds", "Activity");
    case RecordKind::Training: return QCoreApplication::translate("Kinds", "Training");
    case RecordKind::Household: return QCoreApplication::translate("Kinds", "Household");
    case RecordKind::HouseholdVisit: return QCoreApplication::translate("Kinds", "Household visit");
    case RecordKind::Member: return QCoreApplication::translate("Kinds", "Member");
    case RecordKind::Person: return QCoreApplication::translate("Kinds", "Person");
    case RecordKind::Exemplar: return QCoreApplication::translate("Kinds", "Exemplar");
    case RecordKind::MediaPost: return QCoreApplication::translate("Kinds", "Media post");
    case RecordKind::EconomicSupport: return QCoreApplication::translate("Kinds", "Economic support");
    case RecordKind::FundReport: return QCoreApplication::translate("Kinds", "Fund report");
    case RecordKind::UnitRating: return QCoreApplication::translate("Kinds", "Unit rating");
    case RecordKind::ProgrammeContribution: return QCoreApplication::translate("Kinds", "Programme contribution");
    case RecordKind::PlanEvent: return QCoreApplication::translate("Kinds", "Plan event");
    case RecordKind::ReviewDecision: return QCoreApplication::translate("Kinds", "Review decision");
    case RecordKind::Congress: return QCoreApplication::translate("Kinds", "Congress");
    case RecordKind::Award: return QCoreApplication::translate("Kinds", "Award");
    case RecordKind::CommitteeChange: return QCoreApplication::translate("Kinds", "Committee change");
  }
  return {};
}

QString kindListLabel(RecordKind kind) {
  switch (kind) {
    case RecordKind::Activity: return QCoreApplication::translate("Kinds", "Activities");
    case RecordKind::Training: return QCoreApplication::translate("Kinds", "Trainings");
    case RecordKind::Household: return QCoreApplication::translate("Kinds", "Households");
    case RecordKind::HouseholdVisit: return QCoreApplication::translate("Kinds", "Household visits");
    case RecordKind::Member: return QCoreApplication::translate("Kinds", "Members");
    case RecordKind::Person: return QCoreApplication::translate("Kinds", "People");
    case RecordKind::Exemplar: return QCoreApplication::translate("Kinds", "Exemplars");
    case RecordKind::MediaPost: return QCoreApplication::translate("Kinds", "Media posts");
    case RecordKind::EconomicSupport: return QCoreApplication::translate("Kinds", "Economic support");
    case RecordKind::FundReport: return QCoreApplication::translate("Kinds", "Fund reports");
    case RecordKind::UnitRating: return QCoreApplication::translate("Kinds", "Unit ratings");
    case RecordKind::ProgrammeContribution: return QCoreApplication::translate("Kinds", "Programme contributions");
    case RecordKind::PlanEvent: return QCoreApplication::translate("Kinds", "Plan events");
    case RecordKind::ReviewDecision: return QCoreApplication::translate("Kinds", "Review decisions");
    case RecordKind::Congress: return QCoreApplication::translate("Kinds", "Congresses");
    case RecordKind::Award: return QCoreApplication::translate("Kinds", "Awards");
    case RecordKind::CommitteeChange: return QCoreApplication::translate("Kinds", "Committee changes");
  }
  return {};
}

QString choiceLabel(RecordKind kind, const QString& field, int value) {
  return sohoi::choiceLabel(kind, field, value, isVietnamese() ? Language::Vietnamese : Language::English);
}

QVariantList choiceOptions(RecordKind kind, const QString& field) {
  QVariantList options;
  const FieldSpec* spec = schemaFor(kind).field(field);
  if (!spec) return options;
  QVariantList other;
  for (int value = 1; value <= spec->max; ++value) {
    QString label = choiceLabel(kind, field, value);
    if (label.isEmpty()) label = QString::number(value);
    // "Khác" (other) is what a leader picks when nothing else fits, so it comes last, whatever its number
    // on the wire (choices added after it keep their place in the list before it).
    const bool isOther = sohoi::choiceLabel(kind, field, value, Language::Vietnamese) == QStringLiteral("Khác");
    (isOther ? other : options).append(QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), label}});
  }
  return options + other;
}

}  // namespace sohoi::app
