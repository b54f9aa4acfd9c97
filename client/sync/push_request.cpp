#include "push_request.h"

#include "wire/record_codec.h"

namespace sohoi::client {

v1::PushRequest toPushRequest(const std::vector<Mutation>& mutations) {
  v1::PushRequest request;
  request.mutable_mutations()->Reserve(static_cast<int>(mutations.size()));
  for (const Mutation& mutation : mutations) {
    v1::Mutation* out = request.add_mutations();
    out->set_seq(mutation.seq);
    toProto(mutation.version, out->mutable_version());
    // The server takes device and author from the credential, never from the message (records.proto:
    // "implied by the caller on push"), so sending them would only cost ~36 bytes a record.
    out->mutable_version()->clear_device_id();
    out->mutable_version()->clear_author_id();
  }
  return request;
}

}  // namespace sohoi::client
