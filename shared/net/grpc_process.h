#pragma once
// Settings gRPC's libraries take once per process, for every program that makes or answers calls.
namespace sohoi::net {

/// Turns off abseil's lock-order tracking, under gRPC's locks. Debian builds abseil with its debug checks:
/// every lock taken was entered in a graph of lock orders, and an order seen both ways stopped the process
/// ("dying due to potential deadlock") even where the two could never be waited for at once. That was
/// about 2% of the server's perf samples with a connection per tablet, and a crash waiting in any
/// library's locking. Call at the start of main(); it may be called again at any time.
void configureGrpcProcess();

}  // namespace sohoi::net
