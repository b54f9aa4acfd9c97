#pragma once
// A unary call's response and the means to end the call, for a handler that answers later, from another
// thread (a push is answered by the push writer once its group has committed). Copies share the one call:
// fill response(), then finish() once, from whichever copy.
#include "pooled_call.h"

#include <grpcpp/impl/codegen/proto_utils.h>

#include <memory>

namespace sohoi::server {

template <class Response>
class UnaryAnswer {
 public:
  /// out: where gRPC takes the encoded response from; finish: ends the call (runPooledUnary).
  UnaryAnswer(grpc::ByteBuffer* out, UnaryFinish finish)
      : call_(std::make_shared<Call>(Call{Response(), out, std::move(finish)})) {}

  Response* response() const { return &call_->response; }
  /// Ends the call with status; with the response when status is OK.
  void finish(grpc::Status status) const {
    bool ownsBuffer = false;
    if (status.ok())
      status = grpc::SerializationTraits<Response>::Serialize(call_->response, call_->out, &ownsBuffer);
    call_->finish(std::move(status));
  }

 private:
  struct Call {
    Response response;
    grpc::ByteBuffer* out;
    UnaryFinish finish;
  };
  std::shared_ptr<Call> call_;
};

}  // namespace sohoi::server
