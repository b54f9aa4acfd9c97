// Fewer of gRPC's threads poll the server's connections: one on a machine of up to seven cores (a province's
// small VM), not two; a workaround for gRPC 1.51, linked into sohoi-server only.
//
// Why: the server answers every call through gRPC's callback API. On Linux, gRPC 1.51 drives callbacks from a
// completion queue served by "nexting_thread"s: half the cores, and at least two. Threads polling the same
// connections hand the poll to each other after every event they pick up: measured over a province's daily
// burst (2,400 tablets, each on its own connection, the server on one core), two of them woke each other
// about five times a sync, and the server made 14.2 futex calls and 11.8 context switches a sync, against 5.0
// and 6.9 with one (docs/scale.md, "One poller"). On a small machine the second thread adds hand-offs, not
// parallelism; a large one keeps one poller for every four cores.
//
// How: this file defines grpc_completion_queue_next, which gRPC's C++ library calls through the dynamic
// linker, so the program's own definition is found first; it passes every call on to gRPC's, except that
//  - of the threads gRPC names "nexting_thread", only the first few to ask keep polling; any other is told
//    the queue has shut down, and its loop ends (its thread is joined as usual when the server stops);
//  - those left are never told their wait timed out: gRPC's loop would then sleep 100 ms, and with a single
//    poller nobody would poll meanwhile.
// A poller gives its place back when its queue shuts down, so a server started again in the same process gets
// its pollers back. Any other caller, and any other gRPC, goes straight through: should gRPC stop naming its
// threads so, or serve callbacks some other way, this does nothing.
#include <grpc/grpc.h>
#include <grpc/support/time.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <dlfcn.h>
#include <pthread.h>
#include <thread>

namespace {

using NextFunction = grpc_event (*)(grpc_completion_queue*, gpr_timespec, void*);

enum class PollerRole { Other, Kept, Surplus };

constexpr unsigned kCoresPerPoller = 4;

std::atomic<unsigned> pollersKept{0};

PollerRole roleOfThisThread() {
  char name[16] = {};
  if (pthread_getname_np(pthread_self(), name, sizeof name) != 0 || std::strcmp(name, "nexting_thread") != 0)
    return PollerRole::Other;
  static const unsigned limit = std::max(1u, std::thread::hardware_concurrency() / kCoresPerPoller);
  unsigned kept = pollersKept.load();
  while (kept < limit)
    if (pollersKept.compare_exchange_weak(kept, kept + 1)) return PollerRole::Kept;
  return PollerRole::Surplus;
}

NextFunction grpcNext() {
  static const NextFunction next =
      reinterpret_cast<NextFunction>(dlsym(RTLD_NEXT, "grpc_completion_queue_next"));
  return next;
}

}  // namespace

extern "C" grpc_event grpc_completion_queue_next(grpc_completion_queue* queue, gpr_timespec deadline,
                                                 void* reserved) {
  thread_local PollerRole role = roleOfThisThread();
  if (role == PollerRole::Other) return grpcNext()(queue, deadline, reserved);
  if (role == PollerRole::Surplus) {
    grpc_event shutDown{};
    shutDown.type = GRPC_QUEUE_SHUTDOWN;
    return shutDown;
  }
  for (;;) {
    const grpc_event event = grpcNext()(queue, deadline, reserved);
    if (event.type == GRPC_QUEUE_SHUTDOWN) {
      role = PollerRole::Other;
      --pollersKept;
    }
    if (event.type != GRPC_QUEUE_TIMEOUT) return event;
    deadline = gpr_time_add(gpr_now(GPR_CLOCK_MONOTONIC), gpr_time_from_seconds(1, GPR_TIMESPAN));
  }
}
