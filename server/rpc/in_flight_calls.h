#pragma once
// Counts the calls the server is working on, from their arrival until their status has been sent, so a
// shutdown can tell "calls still running" from "devices merely holding an idle connection open".
//
// gRPC's Server::Shutdown(deadline) waits for every call *and every connection* to end; devices keep their
// connection between syncs, so a plain Shutdown() always ran to its deadline. Counting is done by a server
// interceptor (gRPC marks them experimental) because it is the one hook that ends with the call itself,
// after its answer is on the wire; a guard inside each handler would end before the answer is sent.
//
// Threading: every member is thread-safe.
#include <grpcpp/support/server_interceptor.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace sohoi::server {

class InFlightCalls {
 public:
  /// For ServerBuilder::experimental().SetInterceptorCreators(); the factory refers to this object,
  /// which must outlive the server.
  std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> interceptorFactory();
  /// Blocks until no call is in flight, or until deadline.
  void waitUntilIdle(std::chrono::system_clock::time_point deadline);

  void callStarted();
  void callEnded();

 private:
  std::mutex mutex_;
  std::condition_variable idle_;
  int calls_ = 0;
};

}  // namespace sohoi::server
