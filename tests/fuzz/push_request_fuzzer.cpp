// libFuzzer target: arbitrary bytes as a push request, through the steps the server takes before storage,
// in process: decodeRequest, checkClient, checkLimits, pushItemsOf, then the shared validator on each item.
// Refusals are expected; a crash, a hang or a sanitizer report is a finding. How to build and run it:
// tests/fuzz/CMakeLists.txt. (tests/integration/push_fuzz_test.cpp sends such bytes to a real server.)
#include "rpc/call_auth.h"
#include "rpc/push_items.h"
#include "rpc/request_decoding.h"
#include "rpc/request_limits.h"

#include "validation/record_validator.h"

#include <cstddef>
#include <cstdint>

using namespace sohoi;
using namespace sohoi::server;

namespace {

// A province down to two branches: enough for versions to get past the unit checks to their fields.
const OrgTree& tree() {
  static const OrgTree units({{"19", "", "Tỉnh Thái Nguyên", UnitLevel::Province},
                              {"164", "19", "Thành phố Thái Nguyên", UnitLevel::District},
                              {"05449", "164", "Phường Phan Đình Phùng", UnitLevel::Commune},
                              {"05449-1", "05449", "Chi hội 1", UnitLevel::Branch},
                              {"05449-2", "05449", "Chi hội 2", UnitLevel::Branch}});
  return units;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  grpc::Slice slice(data, size);
  v1::PushRequest request;
  if (decodeRequest(grpc::ByteBuffer(&slice, 1), &request)) return 0;
  if (checkClient(request.client()) || checkLimits(request)) return 0;
  const ValidationContext context = ValidationContext::standard(&tree());
  for (const PushItem& item : pushItemsOf(request))
    if (!item.malformed) validateRecordVersion(item.version, context);
  return 0;
}
