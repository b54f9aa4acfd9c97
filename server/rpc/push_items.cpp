#include "push_items.h"

#include "wire/record_codec.h"

namespace sohoi::server {

std::vector<PushItem> pushItemsOf(const v1::PushRequest& request) {
  std::vector<PushItem> items(static_cast<size_t>(request.mutations_size()));
  for (int i = 0; i < request.mutations_size(); ++i) {
    const v1::Mutation& mutation = request.mutations(i);
    PushItem& item = items[static_cast<size_t>(i)];
    item.seq = mutation.seq();
    if (!mutation.has_version())
      item.malformed = rejectionFor(ReasonCode::Malformed, QStringLiteral("version"));
    else
      item.malformed = fromProto(mutation.version(), &item.version);
  }
  return items;
}

}  // namespace sohoi::server
