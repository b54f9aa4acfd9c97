#pragma once
// Names the server's own threads, so that `top -H`, `ps -L`, perf and gdb tell a worker from the push writer
// or a background timer, beside gRPC's threads, which name themselves.
namespace sohoi::server {

/// Names the calling thread (Linux keeps the first 15 bytes). Best effort: elsewhere it does nothing.
void nameThisThread(const char* name);

}  // namespace sohoi::server
