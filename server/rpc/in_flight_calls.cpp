#include "in_flight_calls.h"

namespace sohoi::server {

namespace {

// Lives exactly as long as its call: gRPC creates it when the call arrives and destroys it with the call.
class CountingInterceptor final : public grpc::experimental::Interceptor {
 public:
  explicit CountingInterceptor(InFlightCalls& calls) : calls_(calls) { calls_.callStarted(); }
  ~CountingInterceptor() override { calls_.callEnded(); }
  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override { methods->Proceed(); }

 private:
  InFlightCalls& calls_;
};

class CountingFactory final : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit CountingFactory(InFlightCalls& calls) : calls_(calls) {}
  grpc::experimental::Interceptor* CreateServerInterceptor(grpc::experimental::ServerRpcInfo*) override {
    return new CountingInterceptor(calls_);  // gRPC owns it
  }

 private:
  InFlightCalls& calls_;
};

}  // namespace

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> InFlightCalls::interceptorFactory() {
  return std::make_unique<CountingFactory>(*this);
}

void InFlightCalls::callStarted() {
  std::lock_guard lock(mutex_);
  ++calls_;
}

void InFlightCalls::callEnded() {
  std::lock_guard lock(mutex_);
  if (--calls_ == 0) idle_.notify_all();
}

void InFlightCalls::waitUntilIdle(std::chrono::system_clock::time_point deadline) {
  std::unique_lock lock(mutex_);
  idle_.wait_until(lock, deadline, [this] { return calls_ == 0; });
}

}  // namespace sohoi::server
