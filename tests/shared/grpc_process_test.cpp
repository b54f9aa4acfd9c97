// The process settings every program that makes or answers gRPC calls takes at its start.
#include "net/grpc_process.h"

#include <absl/synchronization/mutex.h>
#include <catch2/catch.hpp>

TEST_CASE("once gRPC's process settings are taken, two locks taken in either order do not stop the process") {
  sohoi::net::configureGrpcProcess();
  // Debian's abseil, left as it is, aborts here: it has seen a taken before b, then b before a, though one
  // thread can never wait for itself.
  absl::Mutex a, b;
  a.Lock();
  b.Lock();
  b.Unlock();
  a.Unlock();
  b.Lock();
  a.Lock();
  const bool bothHeld = a.TryLock() == false && b.TryLock() == false;  // still here, holding both
  a.Unlock();
  b.Unlock();
  CHECK(bothHeld);
}
