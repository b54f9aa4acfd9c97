#pragma once
// The kinds of record a device collects (DESIGN §3). Stable names are used in storage and in JSON.
#include <QString>
#include <optional>
#include <vector>

namespace sohoi {

enum class RecordKind {
  Person,          // người: someone the Union works with (a trainee, a cadre)
  Activity,        // hoạt động
  Training,        // tập huấn / đào tạo
  Household,       // hộ gia đình
  HouseholdVisit,  // thăm hộ
  Member,          // hội viên
  // Kinds the plan (DESIGN §3 "Then: …") needs; appended so stored ordinals keep their meaning.
  Exemplar,               // điển hình: an outstanding woman, a model or a good practice
  MediaPost,              // tin/bài on the mass media
  EconomicSupport,        // mô hình kinh tế / khởi nghiệp / hợp tác xã supported
  FundReport,             // quỹ hoạt động: a unit's operating fund for a year
  UnitRating,             // xếp loại: a unit's year-end rating
  ProgrammeContribution,  // ủng hộ chương trình: poor-women fund, border-women programme
  PlanEvent,              // sự kiện kế hoạch: a pilot congress, a fair
  ReviewDecision,         // quyết định duyệt: approved, or returned with a comment, by district staff
  Congress,               // đại hội: a unit's women's congress for the new term
  Award,                  // khen thưởng: who was honoured, in which form, by whom
  CommitteeChange,        // bầu bổ sung: someone elected to (or leaving) an executive committee
};

/// Every kind, in a fixed order.
const std::vector<RecordKind>& allRecordKinds();
/// "person", "activity", "training", "household", "household_visit", "member", "exemplar", "media_post",
/// "economic_support", "fund_report", "unit_rating", "programme_contribution", "plan_event", "review_decision",
/// "congress", "award", "committee_change": also the
/// name of the kind's case in sohoi.v1.RecordVersion.payload.
QString recordKindName(RecordKind kind);
std::optional<RecordKind> recordKindFromName(const QString& name);

}  // namespace sohoi
