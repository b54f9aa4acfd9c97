#include "reference_message.h"

#include "wire/record_codec.h"
#include "wire/reference_codec.h"

namespace sohoi::server {

void ReferenceMessage::write(const ScopeReference& reference, v1::ReferenceData* out) {
  out->CopyFrom(*sharedPart(reference.common));
  out->set_version(reference.version.toStdString());
  for (const OrgUnit& unit : reference.units) toProto(unit, out->add_units());
  for (const plan::UnitBaseline& baseline : reference.baselines) toProto(baseline, out->add_baselines());
}

std::shared_ptr<const v1::ReferenceData> ReferenceMessage::sharedPart(
    const std::shared_ptr<const SharedReference>& shared) {
  std::lock_guard lock(mutex_);
  if (shared != of_) {
    auto message = std::make_shared<v1::ReferenceData>();
    if (shared->plan) toProto(*shared->plan, message->mutable_plan());
    message_ = std::move(message);
    of_ = shared;  // held, so a later version is never mistaken for this one at the same address
  }
  return message_;
}

}  // namespace sohoi::server
