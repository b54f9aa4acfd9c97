#include "choice_labels.h"

#include "domain/record_schema.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <map>
#include <vector>

namespace sohoi::app {

namespace {

struct ChoiceTable {
  RecordKind kind;
  const char* field;
  std::vector<const char*> labels;  // index 0 is value 1, following records.proto
};

// The English source words; the Vietnamese ones are in i18n/sohoi_vi.ts (context "Choices").
const std::vector<ChoiceTable>& tables() {
  static const std::vector<ChoiceTable> all = {
      {RecordKind::Activity, "kind",
       {QT_TRANSLATE_NOOP("Choices", "Propaganda, political education"),
        QT_TRANSLATE_NOOP("Choices", "Welcoming the congress"),
        QT_TRANSLATE_NOOP("Choices", "New rural development, civilised town"),
        QT_TRANSLATE_NOOP("Choices", "Policy supervision"), QT_TRANSLATE_NOOP("Choices", "Social criticism"),
        QT_TRANSLATE_NOOP("Choices", "Democracy: dialogue, forum"),
        QT_TRANSLATE_NOOP("Choices", "Project 938 model"), QT_TRANSLATE_NOOP("Choices", "Other"),
        QT_TRANSLATE_NOOP("Choices", "Emulation criteria")}},
      {RecordKind::Training, "kind",
       {QT_TRANSLATE_NOOP("Choices", "Union work skills"), QT_TRANSLATE_NOOP("Choices", "Social work"),
        QT_TRANSLATE_NOOP("Choices", "Vocational training"),
        QT_TRANSLATE_NOOP("Choices", "Vocational counselling")}},
      {RecordKind::Person, "role",
       {QT_TRANSLATE_NOOP("Choices", "Branch leader"), QT_TRANSLATE_NOOP("Choices", "Full-time cadre"),
        QT_TRANSLATE_NOOP("Choices", "Member"), QT_TRANSLATE_NOOP("Choices", "Woman worker")}},
      {RecordKind::Exemplar, "kind",
       {QT_TRANSLATE_NOOP("Choices", "Outstanding woman"), QT_TRANSLATE_NOOP("Choices", "Model"),
        QT_TRANSLATE_NOOP("Choices", "Good practice")}},
      {RecordKind::MediaPost, "outlet_level",
       {QT_TRANSLATE_NOOP("Choices", "Central"), QT_TRANSLATE_NOOP("Choices", "Provincial"),
        QT_TRANSLATE_NOOP("Choices", "Local")}},
      {RecordKind::EconomicSupport, "kind",
       {QT_TRANSLATE_NOOP("Choices", "Economic development model"),
        QT_TRANSLATE_NOOP("Choices", "Start-up, starting a business"), QT_TRANSLATE_NOOP("Choices", "Cooperative")}},
      {RecordKind::UnitRating, "rating",
       {QT_TRANSLATE_NOOP("Choices", "Excellent"), QT_TRANSLATE_NOOP("Choices", "Good"),
        QT_TRANSLATE_NOOP("Choices", "Fair"), QT_TRANSLATE_NOOP("Choices", "Average"),
        QT_TRANSLATE_NOOP("Choices", "Poor")}},
      {RecordKind::ProgrammeContribution, "programme",
       {QT_TRANSLATE_NOOP("Choices", "Poor-women support fund"),
        QT_TRANSLATE_NOOP("Choices", "Border-women programme")}},
  };
  return all;
}

const ChoiceTable* tableFor(RecordKind kind, const QString& field) {
  for (const ChoiceTable& table : tables())
    if (table.kind == kind && field == QLatin1String(table.field)) return &table;
  return nullptr;
}

}  // namespace

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
  }
  return {};
}

QString choiceLabel(RecordKind kind, const QString& field, int value) {
  const ChoiceTable* table = tableFor(kind, field);
  if (!table || value < 1 || value > static_cast<int>(table->labels.size())) return {};
  return QCoreApplication::translate("Choices", table->labels[static_cast<size_t>(value - 1)]);
}

QVariantList choiceOptions(RecordKind kind, const QString& field) {
  QVariantList options;
  const FieldSpec* spec = schemaFor(kind).field(field);
  if (!spec) return options;
  for (int value = 1; value <= spec->max; ++value) {
    QString label = choiceLabel(kind, field, value);
    if (label.isEmpty()) label = QString::number(value);
    options.append(QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), label}});
  }
  return options;
}

}  // namespace sohoi::app
