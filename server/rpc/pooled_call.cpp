#include "pooled_call.h"

#include "status_mapping.h"
#include "wire/server_timing.h"

#include <grpcpp/server_context.h>

namespace sohoi::server {

namespace {

// The status for a call whose client stopped waiting while it was queued; nullopt when it is still wanted.
std::optional<grpc::Status> abandoned(grpc::CallbackServerContext* context) {
  if (context->IsCancelled())
    return grpc::Status(grpc::StatusCode::CANCELLED, "Cuộc gọi đã bị hủy / The call was cancelled");
  if (context->deadline() < std::chrono::system_clock::now())
    return grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED,
                        "Hết thời gian chờ máy chủ; gửi lại an toàn / Timed out waiting for the server; resending is safe");
  return std::nullopt;
}

// The time the call's client still waits for an answer.
std::chrono::milliseconds timeLeft(grpc::CallbackServerContext* context) {
  const auto deadline = context->deadline();
  if (deadline == std::chrono::system_clock::time_point::max()) return std::chrono::milliseconds::max();
  return std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::system_clock::now());
}

}  // namespace

grpc::ServerUnaryReactor* runPooledUnary(WorkPool& pool, CallTimes::Method& times,
                                         grpc::CallbackServerContext* context,
                                         std::function<grpc::Status()> work) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  const auto arrived = std::chrono::steady_clock::now();
  const bool queued = pool.trySubmit(
      [context, reactor, work = std::move(work), &times, arrived] {
        std::optional<grpc::Status> late = abandoned(context);
        const grpc::Status status = late ? *late : work();
        const auto took = std::chrono::steady_clock::now() - arrived;
        times.record(took);
        context->AddTrailingMetadata(
            kServerTimingKey, serverTimingValue(std::chrono::duration_cast<std::chrono::microseconds>(took)));
        reactor->Finish(status);
      },
      timeLeft(context));
  if (!queued) {
    times.turnedAway();
    reactor->Finish(serverBusy(context, pool.turnAway()));
  }
  return reactor;
}

PooledStream::PooledStream(grpc::CallbackServerContext* context, Work work)
    : context_(context), work_(std::move(work)) {}

PooledStream* PooledStream::start(WorkPool& pool, grpc::CallbackServerContext* context, Work work) {
  auto* stream = new PooledStream(context, std::move(work));
  if (!pool.trySubmit([stream] { stream->run(); }, timeLeft(context))) stream->Finish(serverBusy(context, pool.turnAway()));
  return stream;
}

void PooledStream::run() {
  std::optional<grpc::Status> late = abandoned(context_);
  Finish(late ? *late : work_([this](const grpc::ByteBuffer& message) { return send(message); }));
}

bool PooledStream::send(const grpc::ByteBuffer& message) {
  {
    std::lock_guard lock(mutex_);
    if (!writeOk_) return false;
    message_ = message;
    writing_ = true;
  }
  StartWrite(&message_);  // unlocked: gRPC may call OnWriteDone before it returns
  std::unique_lock lock(mutex_);
  written_.wait(lock, [this] { return !writing_; });
  return writeOk_;
}

void PooledStream::OnWriteDone(bool ok) {
  {
    std::lock_guard lock(mutex_);
    writing_ = false;
    writeOk_ = ok;
  }
  written_.notify_all();
}

void PooledStream::OnCancel() {
  // A write in progress still ends in OnWriteDone (not ok); this stops the next one from starting.
  std::lock_guard lock(mutex_);
  writeOk_ = false;
}

PooledUpload::PooledUpload(grpc::CallbackServerContext* context, Work work)
    : context_(context), work_(std::move(work)) {}

PooledUpload* PooledUpload::start(WorkPool& pool, grpc::CallbackServerContext* context, Work work) {
  auto* upload = new PooledUpload(context, std::move(work));
  if (!pool.trySubmit([upload] { upload->run(); }, timeLeft(context))) upload->Finish(serverBusy(context, pool.turnAway()));
  return upload;
}

void PooledUpload::run() {
  std::optional<grpc::Status> late = abandoned(context_);
  Finish(late ? *late : work_([this](grpc::ByteBuffer* message) { return take(message); }));
}

bool PooledUpload::take(grpc::ByteBuffer* message) {
  {
    std::lock_guard lock(mutex_);
    if (!readOk_) return false;
    reading_ = true;
  }
  StartRead(&message_);  // unlocked: gRPC may call OnReadDone before it returns
  std::unique_lock lock(mutex_);
  read_.wait(lock, [this] { return !reading_; });
  if (!readOk_) return false;
  *message = std::move(message_);
  return true;
}

void PooledUpload::OnReadDone(bool ok) {
  {
    std::lock_guard lock(mutex_);
    reading_ = false;
    readOk_ = ok;
  }
  read_.notify_all();
}

}  // namespace sohoi::server
