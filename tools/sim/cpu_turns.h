#pragma once
// Turns on the simulator's CPUs, handed to waiting devices first come, first served. A simulated tablet
// does its own work (its store, its messages) only while it holds a turn, and gives the turn up while it
// waits for the server (TurnTakingTransport). So no more devices compute at once than the simulator has
// CPUs: each computes at the speed of a core of its own, as a tablet does, and the time it spent waiting
// for a turn is the simulator's, which a tablet with its own CPU would not have waited. Without turns,
// 2,400 device threads share one core in slices and every device's work stretches over the whole phase.
// Thread-safe.
#include <QtGlobal>
#include <deque>
#include <mutex>
#include <semaphore>

namespace sohoi::tools::sim {

class CpuTurns {
 public:
  /// turns: how many devices may compute at once (the simulator's usable CPUs); at least 1.
  explicit CpuTurns(int turns);

  /// Blocks until a turn is the caller's; returns how long it waited, in nanoseconds.
  qint64 acquire();
  /// Hands the caller's turn to the device that has waited longest, or puts it back.
  void release();
  /// Devices waiting for a turn now.
  int waiting() const;

 private:
  mutable std::mutex mutex_;
  int free_;
  std::deque<std::binary_semaphore*> waiting_;  // each waiter's own: a handoff wakes that one alone
};

}  // namespace sohoi::tools::sim
