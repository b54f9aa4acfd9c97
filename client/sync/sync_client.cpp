#include "sync_client.h"

#include "pinned_certificate.h"
#include "push_request.h"
#include "rpc_call.h"

#include "ids/uuid7.h"
#include "net/address.h"
#include "sohoi/v1/sync.grpc.pb.h"
#include "wire/record_codec.h"
#include "wire/reference_codec.h"

#include <QFile>
#include <grpcpp/grpcpp.h>

namespace sohoi::client {

struct SyncClient::Stub {
  std::unique_ptr<v1::SyncService::Stub> stub;
  std::shared_ptr<grpc::Channel> channel;
};

namespace {

constexpr int kMaxMessageBytes = 4 * 1024 * 1024;
constexpr int kReceiveWindowBytes = 1024 * 1024;
// DESIGN §5: keepalive no more often than once a minute. A little over, because the server refuses pings
// that come sooner than its 60 s minimum and a ping on the dot can arrive early by its clock.
constexpr int kKeepaliveMs = 90 * 1000;

// A page the app cannot take, refused for why.
RpcResult<PullPage> refusedPage(const Rejection& why) {
  RpcError error;
  error.reason = why.code;
  error.reasonName = reasonCodeName(why.code);
  error.messageVi = why.messageVi;
  error.messageEn = why.messageEn;
  return RpcResult<PullPage>::failure(error);
}

// A page as the app takes it, or refused when it holds what this app cannot read.
RpcResult<PullPage> pageFrom(const v1::PullResponse& response) {
  PullPage page;
  page.changes.reserve(static_cast<size_t>(response.changes_size()));
  for (const v1::Change& in : response.changes()) {
    PulledChange change;
    if (in.left_scope()) {
      change.leftScope = true;
      change.version.recordId = uuidFromBytes(in.version().record_id());
      page.changes.push_back(std::move(change));
      continue;
    }
    if (auto rejection = fromProto(in.version(), &change.version)) {
      // A change this app cannot read means the server speaks a newer schema: stop rather than skip it.
      Rejection update = rejectionFor(ReasonCode::UpdateNeeded);
      update.messageVi += QStringLiteral(" — ") + rejection->messageVi;
      update.messageEn += QStringLiteral(" — ") + rejection->messageEn;
      return refusedPage(update);
    }
    change.headVersionId = uuidFromBytes(in.head_version_id());
    change.conflict = static_cast<ConflictState>(in.conflict());
    page.changes.push_back(std::move(change));
  }
  page.nextCursor = QByteArray::fromStdString(response.next_cursor());
  page.hasMore = response.has_more();
  page.reset = response.reset();
  if (response.has_reference()) {
    plan::ReferenceData reference;
    if (auto rejection = fromProto(response.reference(), &reference))
      return refusedPage(*rejection);  // nothing of the page is stored: the next sync asks again
    page.reference = std::move(reference);
  }
  page.serverEpoch = QString::fromStdString(response.server_epoch());
  page.serverTimeMs = static_cast<qint64>(response.server_time_ms());
  page.lastSeq = response.last_seq();
  return RpcResult<PullPage>::success(std::move(page));
}

// Plaintext only on loopback; anything that leaves the machine goes over TLS, checked against the system's
// authorities or, for a server with a certificate from the Union's own authority, the PEM file named by
// SOHOI_CA_FILE.
std::shared_ptr<grpc::ChannelCredentials> credentialsFor(const QString& address) {
  QString host;
  int port = 0;
  if (splitHostPort(address, &host, &port) && isLoopbackHost(host)) return grpc::InsecureChannelCredentials();
  grpc::SslCredentialsOptions ssl;
  if (const QString caFile = qEnvironmentVariable("SOHOI_CA_FILE"); !caFile.isEmpty()) {
    QFile file(caFile);
    if (file.open(QIODevice::ReadOnly)) ssl.pem_root_certs = file.readAll().toStdString();
  }
  return grpc::SslCredentials(ssl);
}

}  // namespace

std::shared_ptr<grpc::Channel> SyncClient::makeChannel(const QString& address, const QString& pin,
                                                       Connection connection) {
  grpc::ChannelArguments args;
  if (connection == Connection::Own) args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  args.SetCompressionAlgorithm(GRPC_COMPRESS_GZIP);
  args.SetMaxReceiveMessageSize(kMaxMessageBytes);
  args.SetMaxSendMessageSize(kMaxMessageBytes);
  args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, kKeepaliveMs);
  args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 20 * 1000);
  // Servers answer pings without calls with GOAWAY unless they allow them; a device pings only in calls.
  args.SetInt(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 0);
  // After failed connections gRPC waits longer and longer (up to 2 minutes) before it tries again, and
  // calls meanwhile fail at once: a server back (or a network back) would look down to the sync's own
  // retries for minutes. Trying at most every 5 s keeps the retries meaningful and costs a few packets.
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 1000);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 5000);
  // No bandwidth probe (a ping each way on nearly every call; see the server's runner). Instead a fixed
  // receive window of several usual answers (a pull page is tens of KB, a photo chunk 64 KiB), so that a
  // distant, slow link is not held to gRPC's small default window a round trip, which the probe would
  // have grown.
  args.SetInt(GRPC_ARG_HTTP2_BDP_PROBE, 0);
  args.SetInt(GRPC_ARG_HTTP2_STREAM_LOOKAHEAD_BYTES, kReceiveWindowBytes);
  return grpc::CreateCustomChannel(address.toStdString(),
                                   pin.isEmpty() ? credentialsFor(address) : pinnedCertificateCredentials(pin), args);
}

SyncClient::SyncClient(std::shared_ptr<grpc::Channel> channel, Options options)
    : stub_(std::make_unique<Stub>(Stub{v1::SyncService::NewStub(channel), channel})), options_(std::move(options)) {}

SyncClient::SyncClient(std::shared_ptr<grpc::Channel> channel) : SyncClient(std::move(channel), Options{}) {}

SyncClient::SyncClient(const QString& address, const QString& pin) : SyncClient(makeChannel(address, pin), Options{}) {}

SyncClient::~SyncClient() = default;

void SyncClient::reconnectNow() { grpc::experimental::ChannelResetConnectionBackoff(stub_->channel.get()); }

RpcResult<EnrolReply> SyncClient::enroll(const QString& code, const QString& deviceName,
                                         const QByteArray& attemptId) {
  v1::EnrollRequest request;
  fillClientInfo(request.mutable_client(), options_.appVersion);
  request.set_code(code.toStdString());
  request.set_device_name(deviceName.toStdString());
  request.set_attempt_id(attemptId.toStdString());
  grpc::ClientContext context;
  prepareCall(&context, options_.enrollDeadline, {}, request.ByteSizeLong());
  v1::EnrollResponse response;
  const grpc::Status status = stub_->stub->Enroll(&context, request, &response);
  serverTime_ += serverTimeOf(context);
  if (!status.ok()) return RpcResult<EnrolReply>::failure(toRpcError(status, context));
  EnrolReply reply;
  reply.deviceId = uuidFromBytes(response.device_id());
  reply.credential = QString::fromStdString(response.credential());
  reply.personId = uuidFromBytes(response.person_id());
  reply.personName = QString::fromStdString(response.person_name());
  reply.unitId = QString::fromStdString(response.unit_id());
  reply.role = QString::fromStdString(response.role());
  reply.serverEpoch = QString::fromStdString(response.server_epoch());
  return RpcResult<EnrolReply>::success(reply);
}

RpcResult<PushReply> SyncClient::push(const std::vector<Mutation>& mutations) {
  return sendPush(mutations, nullptr);
}

RpcResult<PushReply> SyncClient::pushThenPull(const std::vector<Mutation>& mutations, const PullAsk& then) {
  return sendPush(mutations, &then);
}

RpcResult<PushReply> SyncClient::sendPush(const std::vector<Mutation>& mutations, const PullAsk* then) {
  v1::PushRequest request = toPushRequest(mutations);
  fillClientInfo(request.mutable_client(), options_.appVersion);
  request.mutable_client()->set_pending_count(waiting_);
  const qint64 pushBytes = static_cast<qint64>(request.ByteSizeLong());
  traffic_.pushRequestBytes += pushBytes;  // the push alone, for the bytes a record costs
  if (then) {
    *request.mutable_then_pull() = pullRequest(*then);
    traffic_.pullRequestBytes += static_cast<qint64>(request.ByteSizeLong()) - pushBytes;
  }
  grpc::ClientContext context;
  prepareCall(&context, options_.pushDeadline, credential_, request.ByteSizeLong());
  v1::PushResponse response;
  const grpc::Status status = stub_->stub->Push(&context, request, &response);
  serverTime_ += serverTimeOf(context);
  if (!status.ok()) return RpcResult<PushReply>::failure(toRpcError(status, context));
  traffic_.pushResponseBytes += static_cast<qint64>(response.ByteSizeLong());
  PushReply reply;
  reply.results.reserve(static_cast<size_t>(response.results_size()));
  for (const v1::MutationResult& in : response.results()) {
    MutationResult result;
    result.seq = in.seq();
    result.outcome = in.outcome() >= v1::OUTCOME_ACCEPTED && in.outcome() <= v1::OUTCOME_REJECTED
                         ? static_cast<Outcome>(in.outcome())
                         : Outcome::Rejected;
    if (result.outcome == Outcome::Rejected)
      result.rejection = {static_cast<ReasonCode>(in.reason()), QString::fromStdString(in.field()),
                          QString::fromStdString(in.message_vi()), QString::fromStdString(in.message_en())};
    reply.results.push_back(result);
  }
  reply.lastSeq = response.last_seq();
  reply.serverEpoch = QString::fromStdString(response.server_epoch());
  reply.sequenceGap = response.sequence_gap();
  reply.serverTimeMs = static_cast<qint64>(response.server_time_ms());
  if (then && response.has_pulled()) reply.pulled = pageFrom(response.pulled());
  return RpcResult<PushReply>::success(std::move(reply));
}

v1::PullRequest SyncClient::pullRequest(const PullAsk& ask) const {
  v1::PullRequest request;
  fillClientInfo(request.mutable_client(), options_.appVersion);
  request.mutable_client()->set_pending_count(ask.waitingAfter);
  request.set_cursor(ask.cursor.toStdString());
  request.set_page_size(ask.pageSize);
  request.set_reference_version(ask.referenceVersion.toStdString());
  // The store keeps every version this device made (LocalStore::forgetRecord too): a day's records need not
  // come back down once they are up.
  request.set_omit_own_current(true);
  return request;
}

RpcResult<PullPage> SyncClient::pull(const QByteArray& cursor, quint32 pageSize,
                                     const QString& referenceVersion) {
  const v1::PullRequest request = pullRequest(PullAsk{cursor, pageSize, referenceVersion, waiting_});
  const std::size_t requestBytes = request.ByteSizeLong();
  traffic_.pullRequestBytes += static_cast<qint64>(requestBytes);
  grpc::ClientContext context;
  prepareCall(&context, options_.pullDeadline, credential_, requestBytes);
  v1::PullResponse response;
  const grpc::Status status = stub_->stub->Pull(&context, request, &response);
  serverTime_ += serverTimeOf(context);
  if (!status.ok()) return RpcResult<PullPage>::failure(toRpcError(status, context));
  traffic_.pullResponseBytes += static_cast<qint64>(response.ByteSizeLong());
  return pageFrom(response);
}

}  // namespace sohoi::client
