#pragma once
// What the sync engine needs from the server, in domain types. SyncClient implements it over gRPC; unit
// tests implement it in memory (and inject failures), so the engine never sees protobuf or a socket.
#include "plan/reference_data.h"
#include "store/store_types.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <optional>
#include <vector>

namespace sohoi::client {

/// Why a call failed: whether trying again may help, the server's reason and words for a person.
struct RpcError {
  bool transient = false;  // UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED (not TOO_LARGE): retry later
  int grpcCode = 0;        // grpc::StatusCode
  ReasonCode reason = ReasonCode::None;  // from the sohoi-reason trailer, when the server sent one
  QString reasonName;      // "UPDATE_NEEDED", "REVOKED", …, or the gRPC code's name
  QString messageVi;
  QString messageEn;
  /// SERVER_BUSY: the least wait the server asked for before any call (its `retry-after-ms` trailer); zero
  /// otherwise. Nothing of the call was done, so it may be sent again as it was, enrolment included.
  std::chrono::milliseconds retryAfter{0};
};

/// A value or an error.
template <typename T>
struct RpcResult {
  std::optional<T> value;
  RpcError error;
  bool ok() const { return value.has_value(); }
  static RpcResult success(T v) { return {std::move(v), {}}; }
  static RpcResult failure(RpcError e) { return {std::nullopt, std::move(e)}; }
};

/// The server's answer to an enrolment code.
struct EnrolReply {
  QString deviceId;
  QString credential;
  QString personId;
  QString personName;
  QString unitId;
  QString serverEpoch;
  QString role;
};

/// One page of the change feed (see PullResponse in sync.proto).
struct PullPage {
  std::vector<PulledChange> changes;
  QByteArray nextCursor;
  bool hasMore = false;
  bool reset = false;  // the server did not know our cursor: start over, keep local data, resend
  std::optional<plan::ReferenceData> reference;  // new tree, plan and baselines: store them with the page
  QString serverEpoch;
  qint64 serverTimeMs = 0;
  quint64 lastSeq = 0;  // this device's last mutation the server holds
};

/// The server's answer to a pushed batch (see PushResponse in sync.proto).
struct PushReply {
  std::vector<MutationResult> results;  // one per mutation at or below lastSeq
  quint64 lastSeq = 0;
  QString serverEpoch;
  bool sequenceGap = false;  // nothing stored; resend from lastSeq + 1
  qint64 serverTimeMs = 0;
  /// The page asked for with the push (SyncTransport::pushThenPull), or why it could not be read; absent
  /// when none was asked, or the server did not answer it (the caller then pulls as usual).
  std::optional<RpcResult<PullPage>> pulled;
};

/// A pull's first page asked for with a push: the cursor, how many changes a page may hold, the reference
/// data version the device holds, and how many records will still wait on the device once the push is
/// stored (the figure the server keeps for the sync).
struct PullAsk {
  QByteArray cursor;
  quint32 pageSize = 0;
  QString referenceVersion;
  quint32 waitingAfter = 0;
};

/// Bytes of serialized requests and responses, for the bytes-per-record figure.
struct TrafficCounters {
  qint64 pushRequestBytes = 0;
  qint64 pushResponseBytes = 0;
  qint64 pullRequestBytes = 0;
  qint64 pullResponseBytes = 0;
  qint64 sent() const { return pushRequestBytes + pullRequestBytes; }
  qint64 received() const { return pushResponseBytes + pullResponseBytes; }
};

/// The three calls of sohoi.v1.SyncService. Threading: one caller at a time.
class SyncTransport {
 public:
  virtual ~SyncTransport() = default;
  /// Exchanges a one-time code for a credential. The code is single-use: only a resend with the same
  /// attemptId (random bytes made once per enrolment; empty: none) is answered again, with the same device.
  virtual RpcResult<EnrolReply> enroll(const QString& code, const QString& deviceName,
                                       const QByteArray& attemptId) = 0;
  /// Sends a contiguous batch of mutations. Idempotent: safe to resend.
  virtual RpcResult<PushReply> push(const std::vector<Mutation>& mutations) = 0;
  /// push(), asking in the same call for the first page of a pull once the batch is stored: one call
  /// fewer for a sync whose last push this is. This default pushes alone, as a server that does not know
  /// the combined call answers; the caller then pulls. Idempotent.
  virtual RpcResult<PushReply> pushThenPull(const std::vector<Mutation>& mutations, const PullAsk& then) {
    (void)then;
    return push(mutations);
  }
  /// One page of changes after cursor, with the reference data when its version differs from
  /// referenceVersion (the one the device holds). Idempotent.
  virtual RpcResult<PullPage> pull(const QByteArray& cursor, quint32 pageSize, const QString& referenceVersion) = 0;
  /// The bearer token for later calls.
  virtual void setCredential(const QString& credential) = 0;
  virtual TrafficCounters traffic() const { return {}; }
  /// Records saved on the device and not yet acknowledged, sent with later pushes and pulls so staff see
  /// what waits on a tablet (sync health). Transports that do not report it ignore it.
  virtual void setWaitingCount(quint32 count) { (void)count; }
  /// A person asked to sync: the next call connects at once instead of waiting out a reconnect backoff
  /// left from earlier failures (otherwise a server back for a second still reads as "no network").
  virtual void reconnectNow() {}
};

}  // namespace sohoi::client
