#include "raw_device.h"

#include "ids/uuid7.h"
#include "schema_version.h"
#include "server_process.h"
#include "wire/record_codec.h"

#include <QDateTime>
#include <chrono>
#include <future>
#include <stdexcept>

namespace sohoi::testing {

RawDevice::RawDevice(const QString& address)
    : channel_(grpc::CreateChannel(address.toStdString(), grpc::InsecureChannelCredentials())),
      stub_(v1::SyncService::NewStub(channel_)),
      generic_(channel_) {}

void RawDevice::prepare(grpc::ClientContext* context) const {
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
  if (!credential_.empty()) context->AddMetadata("authorization", "Bearer " + credential_);
}

CallResult resultOf(const grpc::Status& status, const grpc::ClientContext& context) {
  CallResult result{status, {}, {}};
  const auto& trailers = context.GetServerTrailingMetadata();
  if (auto it = trailers.find("sohoi-reason"); it != trailers.end())
    result.reason = std::string(it->second.data(), it->second.size());
  if (auto it = trailers.find("retry-after-ms"); it != trailers.end())
    result.retryAfterMs = std::string(it->second.data(), it->second.size());
  return result;
}

v1::ClientInfo RawDevice::clientInfo() const {
  v1::ClientInfo info;
  info.set_schema_version(kSchemaVersion);
  info.set_app_version("test");
  info.set_device_time_ms(static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()));
  return info;
}

CallResult RawDevice::enroll(const std::string& code) {
  grpc::ClientContext context;
  prepare(&context);
  v1::EnrollRequest request;
  *request.mutable_client() = clientInfo();
  request.set_code(code);
  request.set_device_name("test device");
  const grpc::Status status = stub_->Enroll(&context, request, &enrolment_);
  if (status.ok()) credential_ = enrolment_.credential();
  return resultOf(status, context);
}

CallResult RawDevice::push(const v1::PushRequest& request, v1::PushResponse* response) {
  grpc::ClientContext context;
  prepare(&context);
  return resultOf(stub_->Push(&context, request, response), context);
}

CallResult RawDevice::callRaw(const std::string& method, const std::string& bytes) {
  grpc::ClientContext context;
  prepare(&context);
  grpc::Slice slice(bytes);
  const grpc::ByteBuffer request(&slice, 1);
  grpc::ByteBuffer answer;
  std::promise<grpc::Status> done;
  generic_.UnaryCall(&context, method, grpc::StubOptions(), &request, &answer,
                     [&done](grpc::Status status) { done.set_value(std::move(status)); });
  return resultOf(done.get_future().get(), context);
}

void RawDevice::startPush(grpc::ClientContext* context, const v1::PushRequest& request, v1::PushResponse* response,
                          std::function<void(grpc::Status)> done) {
  prepare(context);
  stub_->async()->Push(context, &request, response, std::move(done));
}

CallResult RawDevice::pull(const v1::PullRequest& request, v1::PullResponse* response) {
  grpc::ClientContext context;
  prepare(&context);
  return resultOf(stub_->Pull(&context, request, response), context);
}

std::vector<v1::Change> RawDevice::pullAll() {
  std::vector<v1::Change> changes;
  v1::PullRequest request;
  *request.mutable_client() = clientInfo();
  request.set_page_size(500);
  for (int page = 0; page < 10000; ++page) {
    v1::PullResponse response;
    const CallResult result = pull(request, &response);
    if (!result.status.ok()) throw std::runtime_error("pull failed: " + result.status.error_message());
    changes.insert(changes.end(), response.changes().begin(), response.changes().end());
    request.set_cursor(response.next_cursor());
    if (!response.has_more()) break;
  }
  return changes;
}

grpc::Status RawDevice::pushOneActivity(quint64 seq) {
  v1::PushResponse response;
  return push(pushRequest({newActivity(unitId())}, seq), &response).status;
}

RecordVersion RawDevice::newActivity(const QString& unitId, const QString& title) {
  RecordVersion version;
  version.recordId = newUuid7();
  version.versionId = newUuid7();
  version.unitId = unitId;
  version.authorId = uuidFromBytes(enrolment_.person_id());
  version.hlc = makeHlc(QDateTime::currentMSecsSinceEpoch(), 0);
  version.kind = RecordKind::Activity;
  version.fields = {{"kind", 1}, {"title", title}, {"date", QDate(2021, 3, 8)}, {"participants_total", 30},
                    {"participants_women", 28}};
  return version;
}

v1::PushRequest RawDevice::pushRequest(const std::vector<RecordVersion>& versions, quint64 firstSeq) const {
  v1::PushRequest request;
  *request.mutable_client() = clientInfo();
  quint64 seq = firstSeq;
  for (const RecordVersion& version : versions) {
    v1::Mutation* mutation = request.add_mutations();
    mutation->set_seq(seq++);
    toProto(version, mutation->mutable_version());
  }
  return request;
}

std::string methodPath(const char* service, const char* method) {
  return std::string("/") + service + "/" + method;
}

std::string issueCode(const QString& dbSpec, const QString& unitId, const QString& person, const QString& role) {
  QString output;
  QStringList arguments{QStringLiteral("--db"), dbSpec,  QStringLiteral("issue-code"), QStringLiteral("--unit"),
                        unitId,                 QStringLiteral("--person"), person};
  if (!role.isEmpty()) arguments << QStringLiteral("--role") << role;
  const int exitCode = runAdmin(arguments, &output);
  if (exitCode != 0) throw std::runtime_error("issue-code failed: " + output.toStdString());
  // The code is the last word sohoi-admin prints.
  const QStringList words = output.simplified().split(QChar(' '));
  return words.last().toStdString();
}

}  // namespace sohoi::testing
