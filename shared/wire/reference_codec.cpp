#include "reference_codec.h"

#include "record_codec.h"

namespace sohoi {

void toProto(const plan::PlanFile& plan, v1::PlanFile* out) {
  out->set_year(plan.year);
  out->set_file_name(plan.fileName.toStdString());
  out->set_text(plan.text.toStdString());
}

void toProto(const plan::UnitBaseline& baseline, v1::UnitBaseline* out) {
  out->set_unit_id(baseline.unitId.toStdString());
  out->set_year(baseline.year);
  out->set_members(baseline.members);
  out->set_women_18_plus(baseline.women18Plus);
  out->set_fund(baseline.fund);
  out->set_branch_leaders(baseline.branchLeaders);
  out->set_full_time_cadres(baseline.fullTimeCadres);
  out->set_committee_members(baseline.committeeMembers);
  out->set_core_members(baseline.coreMembers);
}

plan::ReferenceData fromProto(const v1::ReferenceData& in) {
  plan::ReferenceData data;
  data.version = QString::fromStdString(in.version());
  data.units.reserve(static_cast<size_t>(in.units_size()));
  for (const v1::OrgUnit& unit : in.units()) data.units.push_back(fromProto(unit));
  if (in.has_plan())
    data.plan = plan::PlanFile{in.plan().year(), QString::fromStdString(in.plan().file_name()),
                               QByteArray::fromStdString(in.plan().text())};
  data.baselines.reserve(static_cast<size_t>(in.baselines_size()));
  for (const v1::UnitBaseline& b : in.baselines())
    data.baselines.push_back({QString::fromStdString(b.unit_id()), b.year(), b.members(), b.women_18_plus(), b.fund(),
                              b.branch_leaders(), b.full_time_cadres(), b.committee_members(), b.core_members()});
  return data;
}

}  // namespace sohoi
