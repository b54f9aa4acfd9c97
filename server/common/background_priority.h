#pragma once
// Work nobody is waiting on yields the CPU to calls devices are waiting on. A server restarted into a
// sync burst (every tablet reconnecting) first builds its progress figures from the whole database: seconds
// of CPU that, at normal priority, took a third of the server's core from the devices' first syncs. The
// figures are only needed at the first workspace query, which waits for them either way.
namespace sohoi::server {

/// Gives the calling thread the lowest scheduling priority (nice 19): it runs when the devices' calls
/// leave the CPU idle. Best effort: false when the system refuses (the work then runs as before).
bool lowerThreadPriority();

}  // namespace sohoi::server
