#include "reference_codec.h"

#include "record_codec.h"
#include "zlib_bytes.h"

namespace sohoi {

namespace {

// No larger than the text could travel uncompressed in one answer.
constexpr qsizetype kMaxPlanTextBytes = 4 * 1024 * 1024;

}  // namespace

void toProto(const plan::PlanFile& plan, v1::PlanFile* out, bool compressed) {
  out->set_year(plan.year);
  out->set_file_name(plan.fileName.toStdString());
  if (compressed)
    out->set_text_zlib(zlibCompress(plan.text).toStdString());
  else
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

std::optional<Rejection> fromProto(const v1::ReferenceData& in, plan::ReferenceData* out) {
  plan::ReferenceData& data = *out;
  data.version = QString::fromStdString(in.version());
  data.units.reserve(static_cast<size_t>(in.units_size()));
  for (const v1::OrgUnit& unit : in.units()) data.units.push_back(fromProto(unit));
  if (in.has_plan()) {
    QByteArray text = QByteArray::fromStdString(in.plan().text());
    if (!in.plan().text_zlib().empty()) {
      std::optional<QByteArray> inflated =
          zlibDecompress(QByteArray::fromStdString(in.plan().text_zlib()), kMaxPlanTextBytes);
      if (!inflated) {
        return Rejection{ReasonCode::Malformed, QStringLiteral("plan"),
                         QStringLiteral("Kế hoạch máy chủ gửi về bị hỏng (không giải nén được)"),
                         QStringLiteral("The plan the server sent is damaged (it does not decompress)")};
      }
      text = std::move(*inflated);
    }
    data.plan =
        plan::PlanFile{in.plan().year(), QString::fromStdString(in.plan().file_name()), std::move(text)};
  }
  data.baselines.reserve(static_cast<size_t>(in.baselines_size()));
  for (const v1::UnitBaseline& b : in.baselines())
    data.baselines.push_back({QString::fromStdString(b.unit_id()), b.year(), b.members(), b.women_18_plus(), b.fund(),
                              b.branch_leaders(), b.full_time_cadres(), b.committee_members(), b.core_members()});
  return std::nullopt;
}

}  // namespace sohoi
