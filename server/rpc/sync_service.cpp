#include "sync_service.h"

#include "call_auth.h"
#include "push_items.h"
#include "request_limits.h"
#include "status_mapping.h"

#include "storage/database.h"
#include "storage/storage_error.h"

#include "ids/uuid7.h"
#include "schema_version.h"
#include "wire/record_codec.h"

#include "sohoi/v1/sync.grpc.pb.h"

#include <QDateTime>

namespace sohoi::server {

namespace {

quint64 nowMs() { return static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()); }

grpc::Status cancelled() {
  return grpc::Status(grpc::StatusCode::CANCELLED, "Cuộc gọi đã bị hủy / The call was cancelled");
}

grpc::Status deadlineExceeded() {
  return grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED,
                      "Hết thời gian chờ ghi; gửi lại an toàn / Timed out waiting for the write; resending is safe");
}

}  // namespace

SyncService::SyncService(Database& database, WorkPool& pool)
    : DecodingService(pool),
      enrolment_(database),
      push_(database, trees_),
      writer_(database, push_, &reports_),
      pull_(database) {
  const char* service = v1::SyncService::service_full_name();
  addUnaryMethod(service, "Enroll", &SyncService::Enroll);
  addUnaryMethod(service, "Push", &SyncService::Push);
  addUnaryMethod(service, "Pull", &SyncService::Pull);
}

void SyncService::recordSync(const Device& device, const v1::ClientInfo& client) {
  SyncReport report{QDateTime::currentMSecsSinceEpoch(), QString::fromStdString(client.app_version()),
                    client.pending_count(), std::nullopt};
  if (client.device_time_ms() != 0) report.clockOffsetMs = report.at - static_cast<qint64>(client.device_time_ms());
  reports_.record(device.id, report);
  writer_.storeReports();
}

grpc::Status SyncService::Enroll(grpc::CallbackServerContext* context, const v1::EnrollRequest* request,
                                 v1::EnrollResponse* response) {
  if (auto rejection = checkClient(request->client())) return toGrpcStatus(context, *rejection);
  if (auto rejection = checkLimits(*request)) return toGrpcStatus(context, *rejection);
  try {
    Result<EnrolledDevice> enrolled =
        enrolment_.enrol(QString::fromStdString(request->code()), QString::fromStdString(request->device_name()),
                         QByteArray::fromStdString(request->attempt_id()));
    if (!enrolled) return toGrpcStatus(context, enrolled.error());
    const Device& device = enrolled.value().device;
    response->set_device_id(uuidToBytes(device.id));
    response->set_credential(enrolled.value().credential.toStdString());
    response->set_person_id(uuidToBytes(device.personId));
    response->set_person_name(device.personName.toStdString());
    response->set_unit_id(device.unitId.toStdString());
    response->set_role(roleName(device.role).toStdString());
    response->set_server_epoch(enrolled.value().serverEpoch.toStdString());
    return grpc::Status::OK;
  } catch (const StorageError& failure) {
    return storageUnavailable(context, failure.what());
  }
}

grpc::Status SyncService::Push(grpc::CallbackServerContext* context, const v1::PushRequest* request,
                               v1::PushResponse* response) {
  if (auto rejection = checkClient(request->client())) return toGrpcStatus(context, *rejection);
  if (auto rejection = checkLimits(*request)) return toGrpcStatus(context, *rejection);
  if (request->has_then_pull())
    if (auto rejection = checkClient(request->then_pull().client())) return toGrpcStatus(context, *rejection);
  if (request->mutations_size() > kMaxMutationsPerPush || request->ByteSizeLong() > kMaxPushBytes)
    return toGrpcStatus(context, rejectionFor(ReasonCode::TooLarge));
  try {
    Result<Device> device = authenticateCall(enrolment_, context);
    if (!device) return toGrpcStatus(context, device.error());
    if (context->IsCancelled()) return cancelled();

    const quint64 deviceTime = request->client().device_time_ms();
    std::optional<PushBatchResult> written =
        writer_.push(device.value(), pushItemsOf(*request),
                     deviceTime ? std::optional<qint64>(static_cast<qint64>(deviceTime)) : std::nullopt,
                     context->deadline());
    if (!written) return deadlineExceeded();
    const PushBatchResult& batch = *written;

    for (const PushItemResult& result : batch.results) {
      v1::MutationResult* out = response->add_results();
      out->set_seq(result.seq);
      out->set_outcome(static_cast<v1::Outcome>(result.outcome));
      out->set_reason(static_cast<v1::ReasonCode>(result.rejection.code));
      out->set_field(result.rejection.field.toStdString());
      out->set_message_vi(result.rejection.messageVi.toStdString());
      out->set_message_en(result.rejection.messageEn.toStdString());
    }
    response->set_last_seq(batch.lastSeq);
    response->set_server_epoch(batch.epoch.toStdString());
    response->set_sequence_gap(batch.sequenceGap);
    response->set_server_time_ms(nowMs());
    if (request->has_then_pull() && !batch.sequenceGap) {
      Device pulling = device.value();
      pulling.lastSeq = batch.lastSeq;  // the page tells what this push left stored, as a Pull after it would
      // The push is stored whatever becomes of the pull: without its page the device calls Pull.
      try {
        answerPull(pulling, request->then_pull(), response->mutable_pulled(), batch.ownHeads);
      } catch (const StorageError&) {
        response->clear_pulled();
      }
    }
    return grpc::Status::OK;
  } catch (const StorageError& failure) {
    return storageUnavailable(context, failure.what());
  }
}

grpc::Status SyncService::Pull(grpc::CallbackServerContext* context, const v1::PullRequest* request,
                               v1::PullResponse* response) {
  if (auto rejection = checkClient(request->client())) return toGrpcStatus(context, *rejection);
  if (auto rejection = checkLimits(*request)) return toGrpcStatus(context, *rejection);
  try {
    Result<Device> device = authenticateCall(enrolment_, context);
    if (!device) return toGrpcStatus(context, device.error());
    if (context->IsCancelled()) return cancelled();
    answerPull(device.value(), *request, response);
    return grpc::Status::OK;
  } catch (const StorageError& failure) {
    return storageUnavailable(context, failure.what());
  }
}

void SyncService::answerPull(const Device& device, const v1::PullRequest& request, v1::PullResponse* response,
                             FeedRange justPushed) {
  const QByteArray cursor = QByteArray::fromStdString(request.cursor());
  const unsigned schema = request.client().schema_version();
  const bool readsReference = schema >= kReferenceDataSchemaVersion;
  PullPage page = pull_.pull(
      device, cursor, static_cast<int>(std::min<quint32>(request.page_size(), 100000)),
      readsReference ? std::optional(QString::fromStdString(request.reference_version())) : std::nullopt,
      request.omit_own_current(), justPushed);
  for (const FeedEntry& entry : page.changes) {
    if (entry.leftScope) {
      // Only that it is gone: where it went and what it holds now are another scope's business.
      if (schema < kLeftScopeSchemaVersion) continue;
      v1::Change* change = response->add_changes();
      change->mutable_version()->set_record_id(uuidToBytes(entry.version.recordId));
      change->set_left_scope(true);
      continue;
    }
    if (!readsKind(schema, entry.version.kind)) continue;  // an older app would stop on it
    v1::Change* change = response->add_changes();
    toProto(entry.version, change->mutable_version());
    change->set_head_version_id(uuidToBytes(entry.headVersionId));
    change->set_conflict(static_cast<v1::ConflictState>(entry.conflict));
  }
  if (page.reference && readsReference)
    referenceMessage_.write(*page.reference, schema, response->mutable_reference());
  else if (page.reference)
    for (const OrgUnit& unit : page.reference->units) toProto(unit, response->add_units());
  response->set_next_cursor(page.nextCursor.toStdString());
  response->set_has_more(page.hasMore);
  response->set_reset(page.reset);
  response->set_server_epoch(page.epoch.toStdString());
  response->set_server_time_ms(nowMs());
  response->set_last_seq(page.deviceLastSeq);
  // A sync is complete when the device has caught up with the feed: once per sync run, after its
  // pushes, so the count it sends is what is still waiting. Stored by the writer: the pull does not wait.
  if (!page.hasMore) recordSync(device, request.client());
}

}  // namespace sohoi::server
