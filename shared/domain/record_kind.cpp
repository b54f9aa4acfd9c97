#include "record_kind.h"

namespace sohoi {

const std::vector<RecordKind>& allRecordKinds() {
  static const std::vector<RecordKind> kinds{RecordKind::Person,    RecordKind::Activity,
                                             RecordKind::Training,  RecordKind::Household,
                                             RecordKind::HouseholdVisit, RecordKind::Member,
                                             RecordKind::Exemplar,  RecordKind::MediaPost,
                                             RecordKind::EconomicSupport, RecordKind::FundReport,
                                             RecordKind::UnitRating, RecordKind::ProgrammeContribution,
                                             RecordKind::PlanEvent, RecordKind::ReviewDecision,
                                             RecordKind::Congress,  RecordKind::Award,
                                             RecordKind::CommitteeChange};
  return kinds;
}

QString recordKindName(RecordKind kind) {
  switch (kind) {
    case RecordKind::Person: return QStringLiteral("person");
    case RecordKind::Activity: return QStringLiteral("activity");
    case RecordKind::Training: return QStringLiteral("training");
    case RecordKind::Household: return QStringLiteral("household");
    case RecordKind::HouseholdVisit: return QStringLiteral("household_visit");
    case RecordKind::Member: return QStringLiteral("member");
    case RecordKind::Exemplar: return QStringLiteral("exemplar");
    case RecordKind::MediaPost: return QStringLiteral("media_post");
    case RecordKind::EconomicSupport: return QStringLiteral("economic_support");
    case RecordKind::FundReport: return QStringLiteral("fund_report");
    case RecordKind::UnitRating: return QStringLiteral("unit_rating");
    case RecordKind::ProgrammeContribution: return QStringLiteral("programme_contribution");
    case RecordKind::PlanEvent: return QStringLiteral("plan_event");
    case RecordKind::ReviewDecision: return QStringLiteral("review_decision");
    case RecordKind::Congress: return QStringLiteral("congress");
    case RecordKind::Award: return QStringLiteral("award");
    case RecordKind::CommitteeChange: return QStringLiteral("committee_change");
  }
  return {};
}

std::optional<RecordKind> recordKindFromName(const QString& name) {
  for (RecordKind kind : allRecordKinds())
    if (recordKindName(kind) == name) return kind;
  return std::nullopt;
}

}  // namespace sohoi
