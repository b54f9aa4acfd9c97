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
};

/// Every kind, in a fixed order.
const std::vector<RecordKind>& allRecordKinds();
/// "person", "activity", "training", "household", "household_visit", "member".
QString recordKindName(RecordKind kind);
std::optional<RecordKind> recordKindFromName(const QString& name);

}  // namespace sohoi
