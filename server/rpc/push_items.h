#pragma once
// A push request's mutations as the push processor takes them, converted at the edge: each version in its
// domain form, or marked malformed (to be rejected as it is) when its wire form does not convert.
#include "sync/push_processor.h"

#include "sohoi/v1/sync.pb.h"

#include <vector>

namespace sohoi::server {

std::vector<PushItem> pushItemsOf(const v1::PushRequest& request);

}  // namespace sohoi::server
