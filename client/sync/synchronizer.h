#pragma once
// One sync run, blocking, on the calling thread: push the outbox, pull the change feed, re-send after a
// server restore. The sync engine runs this on its own thread; tests and the simulator call it directly.
//
// The order of effects is what keeps DESIGN §5's promises: an outbox entry stays until the server's answer
// for it is stored; a pulled page is stored with its cursor in one transaction; only transient failures
// are retried, with backoff; a sequence gap (the server lost what we sent) is answered by re-sending from
// the mutation log.
//
// Threading: runOnce() on the thread that opened store; requestStop() from any thread.
#include "common/status.h"
#include "retry_policy.h"
#include "store/local_store.h"
#include "sync_summary.h"
#include "sync_transport.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace sohoi::client {

/// The result of a run: a status (ok, or the reason it stopped) and what was done before that.
struct SyncOutcome {
  Status status;
  SyncSummary summary;
  bool ok() const { return status.isOk(); }
};

class Synchronizer {
 public:
  struct Options {
    int pushBatchSize = 500;        // well below the 4 MB message limit (~100 bytes a record)
    quint32 pullPageSize = 500;
    RetryPolicy::Config retry;
    int retryBudget = 12;           // transient retries per run, all calls together
    /// How long a run waits out SERVER_BUSY answers in all, as the server asks; not counted in retryBudget (a
    /// busy server did nothing and says when to come back, so obeying it is not the failure a retry budget
    /// guards against). Past it, busy answers are retried like any transient failure.
    std::chrono::milliseconds busyPatience = std::chrono::minutes(5);
    int maxGapRestarts = 3;         // sequence gaps answered per run before giving up
    quint64 seed = 0;               // for the jitter; 0 picks a random seed
    /// How to wait before a retry; defaults to sleeping until the delay ends or requestStop() is called.
    std::function<void(std::chrono::milliseconds)> sleep;
  };

  /// REQUIRES: store and transport outlive this object; the store is enrolled before runOnce().
  Synchronizer(LocalStore* store, SyncTransport* transport, Options options);
  Synchronizer(LocalStore* store, SyncTransport* transport);

  /// Pushes everything pending, pulls every page, and re-sends after a restore. Blocking.
  SyncOutcome runOnce();
  /// Called on the running thread after each batch and page.
  void setProgressHandler(std::function<void(const SyncProgress&)> handler) { progress_ = std::move(handler); }
  /// Makes a running runOnce() stop at its next step (with code CANCELLED). Thread-safe.
  void requestStop();

 private:
  /// Pushes what is pending (probe: the log from our last sequence). With firstPage, the last batch also asks
  /// for the pull's first page, kept there when the server answered it.
  Status pushAll(bool probe, std::optional<RpcResult<PullPage>>* firstPage = nullptr);
  /// Pulls every page, starting from firstPage when the last push brought it; *serverLastSeq: the last
  /// sequence of ours the server said it holds.
  Status pullAll(bool* reset, quint64* serverLastSeq, std::optional<RpcResult<PullPage>> firstPage);
  /// One Pull call (retried as transient failures allow) for the page after cursor.
  RpcResult<PullPage> pullPage(const QByteArray& cursor);
  template <typename T, typename Call>
  RpcResult<T> withRetry(Call&& call);
  /// Why the run ends after a failed call: CANCELLED once stopped, else the call's error.
  Status failure(const RpcError& error) const;
  void wait(std::chrono::milliseconds delay);
  void report();

  LocalStore* store_;
  SyncTransport* transport_;
  Options options_;
  RetryPolicy retry_;
  std::function<void(const SyncProgress&)> progress_;
  std::atomic<bool> stop_{false};
  // A wait sleeps on this rather than waking to look at stop_: a fleet's thousands of devices waiting out
  // a busy server at once would otherwise wake their CPU tens of thousands of times a second.
  std::mutex stopMutex_;
  std::condition_variable stopped_;
  // State of the current run.
  SyncSummary summary_;
  SyncProgress position_;
  int retriesLeft_ = 0;
  std::chrono::milliseconds busyWaited_{0};
  qint64 clockOffsetMs_ = 0;
};

/// Exchanges an enrolment code for a credential and stores the account, with the server certificate pin
/// the code came with (if any). Sends again, in the same attempt (so a lost answer is answered again rather
/// than refused as a used code), while the server is busy (waiting as told) or the call failed transiently
/// (with backoff and jitter, RetryPolicy's attempts), up to a minute in all (a person is watching), on the
/// calling thread. With sentAgain, adds to its busyWaits and retries the calls it sent again.
Status enrolDevice(LocalStore* store, SyncTransport* transport, const QString& code,
                   const QString& deviceName, const QString& serverAddress,
                   const QString& certificatePin = {}, SyncSummary* sentAgain = nullptr);

/// The status for a failed call.
Status statusFromRpcError(const RpcError& error);

}  // namespace sohoi::client
