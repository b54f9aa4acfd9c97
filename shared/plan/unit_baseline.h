#pragma once
// Số liệu gốc (baseline): a unit's own 2020 figures that growth and share targets are measured against.
// A unit's figure for its whole subtree is the sum of its own entry and those of every unit below it, so
// the province may hold its own cadres and committee members while each branch holds its members.
#include <QHash>
#include <QString>
#include <QStringList>

#include "domain/org_tree.h"

namespace sohoi::plan {

/// The baseline year growth and share targets are measured against.
inline constexpr int kBaselineYear = 2020;

struct UnitBaseline {
  QString unitId;
  int year = 2020;
  qint64 members = 0;           // hội viên at the end of the year
  qint64 women18Plus = 0;       // phụ nữ từ 18 tuổi trở lên living in the unit's area
  qint64 fund = 0;              // quỹ hoạt động, đồng
  qint64 branchLeaders = 0;     // chi hội trưởng
  qint64 fullTimeCadres = 0;    // cán bộ chuyên trách
  qint64 committeeMembers = 0;  // ủy viên Ban Chấp hành (of this unit's committee)
  qint64 coreMembers = {};      // hội viên nòng cốt (core members) among members; not every file has it
};

/// Adds other's figures to *sum (a subtree's, or a merged unit's to its successor's).
void addBaseline(UnitBaseline* sum, const UnitBaseline& other);

/// The names a plan file uses for the figures: "members", "women_18_plus", "fund", "branch_leaders",
/// "full_time_cadres", "committee_members", "core_members".
const QStringList& baselineFieldNames();
bool isBaselineField(const QString& name);
/// The named figure of one entry; 0 for an unknown name.
qint64 baselineValue(const UnitBaseline& baseline, const QString& name);

/// Baselines of many units, one entry per unit (a later entry for the same unit replaces the earlier).
class BaselineTable {
 public:
  BaselineTable() = default;
  explicit BaselineTable(const std::vector<UnitBaseline>& baselines);

  void set(const UnitBaseline& baseline);
  const UnitBaseline* find(const QString& unitId) const;
  /// The unit's own figure (0 when it has no entry).
  qint64 own(const QString& unitId, const QString& name) const;
  /// The figure summed over the unit's subtree in tree.
  qint64 total(const OrgTree& tree, const QString& unitId, const QString& name) const;
  int size() const { return baselines_.size(); }

 private:
  QHash<QString, UnitBaseline> baselines_;
};

}  // namespace sohoi::plan
