#include "record_permissions.h"

#include <algorithm>

namespace sohoi {

namespace {

using K = RecordKind;
using A = RecordAction;
using U = UnitRelation;

// What a unit records about its own work, people and households.
const std::vector<RecordKind> kFieldKinds{K::Person,         K::Activity,  K::Training,        K::Household,
                                          K::HouseholdVisit, K::Member,    K::Exemplar,        K::MediaPost,
                                          K::EconomicSupport, K::ProgrammeContribution};
const std::vector<RecordAction> kWrite{A::Create, A::Edit, A::Delete};
// What a union records about its own organisation: its events, its congress, its awards, its committee.
const std::vector<RecordKind> kOrganisationKinds{K::PlanEvent, K::Congress, K::Award, K::CommitteeChange};

template <typename T>
bool has(const std::vector<T>& list, T value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

QString actionWordVi(RecordAction action) {
  switch (action) {
    case A::Create: return QStringLiteral("tạo");
    case A::Edit: return QStringLiteral("sửa");
    case A::Delete: return QStringLiteral("xóa");
    case A::Decide: return QStringLiteral("quyết định về");
  }
  return {};
}

}  // namespace

const std::vector<RecordGrant>& recordGrants() {
  // A level reviews and rates only what lies below it, never itself; a fund is reported by its own unit;
  // district and province correct a unit's records (resolving a conflict is an edit) but do not delete
  // them: they return them. Administrators and members record nothing.
  static const std::vector<RecordGrant> table = {
      // role               kinds                   actions      relations
      {Role::BranchLeader, kFieldKinds, kWrite, {U::Own}},
      {Role::CommuneOfficer, kFieldKinds, kWrite, {U::Own, U::Below}},
      {Role::CommuneOfficer, {K::FundReport}, kWrite, {U::Own}},
      {Role::CommuneOfficer, kOrganisationKinds, kWrite, {U::Own}},  // e.g. its pilot congress
      {Role::CommuneOfficer, {K::ReviewDecision, K::UnitRating}, {A::Decide}, {U::Below}},
      {Role::DistrictStaff, kFieldKinds, kWrite, {U::Own}},
      {Role::DistrictStaff, kFieldKinds, {A::Edit}, {U::Below}},
      {Role::DistrictStaff, kOrganisationKinds, kWrite, {U::Own, U::Below}},
      {Role::DistrictStaff, {K::FundReport}, kWrite, {U::Own}},
      {Role::DistrictStaff, {K::ReviewDecision, K::UnitRating}, {A::Decide}, {U::Below}},
      {Role::ProvinceStaff, kFieldKinds, kWrite, {U::Own}},
      {Role::ProvinceStaff, kFieldKinds, {A::Edit}, {U::Below}},
      {Role::ProvinceStaff, kOrganisationKinds, kWrite, {U::Own, U::Below}},
      {Role::ProvinceStaff, {K::FundReport}, kWrite, {U::Own}},
      // The province imports households' states before the plan year (sohoi-admin import-start-states).
      {Role::ProvinceStaff, {K::HouseholdVisit}, {A::Create}, {U::Below}},
      {Role::ProvinceStaff, {K::ReviewDecision, K::UnitRating}, {A::Decide}, {U::Below}},
  };
  return table;
}

bool isDecisionKind(RecordKind kind) { return kind == K::ReviewDecision || kind == K::UnitRating; }

RecordAction actionFor(RecordKind kind, bool recordExists, bool tombstone) {
  if (isDecisionKind(kind)) return A::Decide;
  if (!recordExists) return A::Create;
  return tombstone ? A::Delete : A::Edit;
}

bool permits(Role role, RecordKind kind, RecordAction action, UnitRelation relation) {
  return std::any_of(recordGrants().begin(), recordGrants().end(), [&](const RecordGrant& grant) {
    return grant.role == role && has(grant.kinds, kind) && has(grant.actions, action) &&
           has(grant.relations, relation);
  });
}

std::optional<Rejection> refusalFor(Role role, RecordKind kind, RecordAction action, UnitRelation relation) {
  if (!inScope(relation)) return rejectionFor(ReasonCode::OutOfScope);
  if (permits(role, kind, action, relation)) return std::nullopt;
  Rejection refusal = rejectionFor(ReasonCode::NotPermitted, QStringLiteral("kind"));
  const QString where = relation == U::Own ? QStringLiteral("đơn vị mình") : QStringLiteral("đơn vị cấp dưới");
  const QString whereEn = relation == U::Own ? QStringLiteral("its own unit") : QStringLiteral("a unit below it");
  refusal.messageVi = QStringLiteral("%1 không được %2 hồ sơ loại %3 của %4")
                          .arg(roleLabelVi(role), actionWordVi(action), recordKindName(kind), where);
  refusal.messageEn = QStringLiteral("A %1 may not %2 a %3 record of %4")
                          .arg(roleLabelEn(role).toLower(),
                               action == A::Decide ? QStringLiteral("decide on") : recordActionName(action),
                               recordKindName(kind), whereEn);
  return refusal;
}

QString recordActionName(RecordAction action) {
  switch (action) {
    case A::Create: return QStringLiteral("create");
    case A::Edit: return QStringLiteral("edit");
    case A::Delete: return QStringLiteral("delete");
    case A::Decide: return QStringLiteral("decide");
  }
  return {};
}

bool mayReadRecord(const OrgTree& tree, const QString& actorUnitId, const QString& recordUnitId) {
  return inScope(relationOf(tree, actorUnitId, recordUnitId));
}

}  // namespace sohoi
