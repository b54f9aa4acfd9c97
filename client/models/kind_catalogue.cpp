#include "kind_catalogue.h"

#include "auth/record_permissions.h"
#include "validation/unit_level_rule.h"

#include <QCoreApplication>

namespace sohoi::app {

const std::vector<OfferedKind>& offeredKinds() {
  static const std::vector<OfferedKind> kinds = {
      {RecordKind::Activity, KindGroup::Daily},
      {RecordKind::Training, KindGroup::Daily},
      {RecordKind::Household, KindGroup::Daily},
      {RecordKind::HouseholdVisit, KindGroup::Daily},
      {RecordKind::Member, KindGroup::Daily},
      {RecordKind::Person, KindGroup::Daily},
      {RecordKind::Exemplar, KindGroup::More},
      {RecordKind::MediaPost, KindGroup::More},
      {RecordKind::EconomicSupport, KindGroup::More},
      {RecordKind::ProgrammeContribution, KindGroup::More},
      {RecordKind::PlanEvent, KindGroup::More},
      {RecordKind::Congress, KindGroup::More},
      {RecordKind::Award, KindGroup::More},
      {RecordKind::CommitteeChange, KindGroup::More},
      {RecordKind::FundReport, KindGroup::More},
      {RecordKind::UnitRating, KindGroup::More},
  };
  return kinds;
}

bool listedAt(RecordKind kind, UnitLevel level) { return kindAllowedAtLevel(kind, level) || mustBelongToBranch(kind); }

Role effectiveRole(const QString& storedName, UnitLevel level) {
  return roleFromName(storedName).value_or(defaultRoleAt(level));
}

bool creatableAt(RecordKind kind, UnitLevel level, Role role) {
  return kindAllowedAtLevel(kind, level) &&
         permits(role, kind, actionFor(kind, false, false), UnitRelation::Own);
}

QString whyNotCreatable(RecordKind kind, UnitLevel level, Role role) {
  if (creatableAt(kind, level, role)) return {};
  if (kindAllowedAtLevel(kind, level)) {
    if (isDecisionKind(kind))
      return QCoreApplication::translate("Kinds", "A unit's rating is decided by the level above it, not by the "
                                                  "unit itself: here you see the result.");
    return QCoreApplication::translate("Kinds", "Your role does not add this kind of record: you can read them "
                                                "here.");
  }
  if (mustBelongToBranch(kind))
    return QCoreApplication::translate("Kinds", "Each branch keeps its own households, visits and members: "
                                                "they are added on the branch leader's tablet. Here you see "
                                                "those of the branches under your unit.");
  return QCoreApplication::translate("Kinds", "A fund report, a year-end rating, a congress or a committee change "
                                              "belongs to a commune unit or above, not to a branch.");
}

}  // namespace sohoi::app
