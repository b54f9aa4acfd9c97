#include "reference_message.h"

#include "schema_version.h"
#include "wire/record_codec.h"
#include "wire/reference_codec.h"

namespace sohoi::server {

void ReferenceMessage::write(const ScopeReference& reference, unsigned schema, v1::ReferenceData* out) {
  const SharedParts parts = sharedParts(reference.common);
  out->CopyFrom(schema >= kCompressedPlanSchemaVersion ? *parts.compressed : *parts.plain);
  out->set_version(reference.version.toStdString());
  for (const OrgUnit& unit : reference.units) toProto(unit, out->add_units());
  for (const plan::UnitBaseline& baseline : reference.baselines) toProto(baseline, out->add_baselines());
}

ReferenceMessage::SharedParts ReferenceMessage::sharedParts(
    const std::shared_ptr<const SharedReference>& shared) {
  std::lock_guard lock(mutex_);
  if (shared != of_) {
    auto plain = std::make_shared<v1::ReferenceData>();
    auto compressed = std::make_shared<v1::ReferenceData>();
    if (shared->plan) {
      toProto(*shared->plan, plain->mutable_plan());
      toProto(*shared->plan, compressed->mutable_plan(), true);
    }
    parts_ = {std::move(plain), std::move(compressed)};
    of_ = shared;  // held, so a later version is never mistaken for this one at the same address
  }
  return parts_;
}

}  // namespace sohoi::server
