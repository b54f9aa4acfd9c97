#pragma once
// A call handed from gRPC's callback threads to the WorkPool, where handlers may block (on the database,
// on the push writer's commit). gRPC's callback threads must never block, so all they do here is queue the
// work, or answer "busy" (status_mapping.h, serverBusy) when the queue is full.
//
// A call that waited in the queue until its client gave up (cancelled, or past its deadline) is answered
// without running: its work would be thrown away, and the time is better spent on calls still wanted.
#include "work_pool.h"

#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/server_callback.h>
#include <grpcpp/support/status.h>

#include <condition_variable>
#include <functional>
#include <mutex>

namespace grpc {
class CallbackServerContext;
}

namespace sohoi::server {

/// Runs work on pool and finishes the call with its status, telling the caller the call's time
/// (wire/server_timing.h); or finishes it busy at once. Either way the call's time is counted in times.
/// Returns the reactor to give back to gRPC.
grpc::ServerUnaryReactor* runPooledUnary(WorkPool& pool, CallTimes::Method& times,
                                         grpc::CallbackServerContext* context,
                                         std::function<grpc::Status()> work);

/// Sends one message of a server stream; false once the client has gone.
using StreamSend = std::function<bool(const grpc::ByteBuffer&)>;

/// The same for a server stream. The work sends its messages one at a time: each send waits, on its
/// worker, until gRPC has taken the message, so a slow reader holds one message in memory, not the file.
/// Deletes itself when gRPC is done with the call.
class PooledStream final : public grpc::ServerWriteReactor<grpc::ByteBuffer> {
 public:
  using Work = std::function<grpc::Status(const StreamSend& send)>;
  /// Queues work on pool, or finishes busy. gRPC owns the result.
  static PooledStream* start(WorkPool& pool, grpc::CallbackServerContext* context, Work work);

  void OnWriteDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override { delete this; }

 private:
  PooledStream(grpc::CallbackServerContext* context, Work work);
  void run();
  bool send(const grpc::ByteBuffer& message);

  grpc::CallbackServerContext* context_;
  Work work_;
  std::mutex mutex_;
  std::condition_variable written_;
  grpc::ByteBuffer message_;  // the one being written; gRPC reads it until OnWriteDone
  bool writing_ = false;      // GUARDED_BY(mutex_)
  bool writeOk_ = true;       // GUARDED_BY(mutex_)
};

/// Takes the next message of a client stream into *message: false at the stream's end or once the client
/// has gone.
using StreamTake = std::function<bool(grpc::ByteBuffer* message)>;

/// The same for a client stream: the work reads its messages one at a time, each read waiting on its worker
/// until gRPC has one, so an upload holds one message in memory whatever its size. The work's status ends
/// the call, and on success *answer (the response gRPC sends) is what the work wrote. Deletes itself when
/// gRPC is done with the call.
class PooledUpload final : public grpc::ServerReadReactor<grpc::ByteBuffer> {
 public:
  using Work = std::function<grpc::Status(const StreamTake& take)>;
  /// Queues work on pool, or finishes busy. gRPC owns the result.
  static PooledUpload* start(WorkPool& pool, grpc::CallbackServerContext* context, Work work);

  void OnReadDone(bool ok) override;
  void OnDone() override { delete this; }

 private:
  PooledUpload(grpc::CallbackServerContext* context, Work work);
  void run();
  bool take(grpc::ByteBuffer* message);

  grpc::CallbackServerContext* context_;
  Work work_;
  std::mutex mutex_;
  std::condition_variable read_;
  grpc::ByteBuffer message_;  // the one being read; gRPC fills it until OnReadDone
  bool reading_ = false;      // GUARDED_BY(mutex_)
  bool readOk_ = true;        // GUARDED_BY(mutex_); false once the stream ended or broke
};

}  // namespace sohoi::server
