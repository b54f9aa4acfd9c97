// Every text and bytes field of every request has a bound (request_limits.h). The test walks the services'
// descriptors, so that a method or field added to sync.proto, report.proto or admin.proto without a bound
// fails here.
// The records a push carries are bounded per item by the shared validator (tests/shared).
#include "rpc/request_limits.h"

#include "domain/field_limits.h"

#include "sohoi/v1/admin.grpc.pb.h"
#include "sohoi/v1/report.grpc.pb.h"
#include "sohoi/v1/sync.grpc.pb.h"

#include <catch2/catch.hpp>
#include <functional>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <map>
#include <memory>

using namespace sohoi;
using namespace sohoi::server;
namespace gp = google::protobuf;

namespace {

using Check = std::function<std::optional<Rejection>(const gp::Message&)>;

template <class Request>
std::pair<const gp::Descriptor* const, Check> checkOf() {
  return {Request::descriptor(),
          [](const gp::Message& request) { return checkLimits(static_cast<const Request&>(request)); }};
}

// The request types the server checks, by descriptor.
const std::map<const gp::Descriptor*, Check>& checks() {
  static const std::map<const gp::Descriptor*, Check> all{
      checkOf<v1::EnrollRequest>(),           checkOf<v1::PushRequest>(),
      checkOf<v1::PullRequest>(),             checkOf<v1::GetProgressRequest>(),
      checkOf<v1::SignInRequest>(),           checkOf<v1::SignOutRequest>(),
      checkOf<v1::IssueEnrolmentCodeRequest>(), checkOf<v1::ListEnrolmentCodesRequest>(),
      checkOf<v1::ListDevicesRequest>(),      checkOf<v1::RevokeDeviceRequest>(),
      checkOf<v1::ListAccountsRequest>(),     checkOf<v1::ListAuditRequest>(),
      checkOf<v1::ExportReportRequest>(),
      checkOf<v1::GetSyncHealthRequest>(),    checkOf<v1::GetCallTimesRequest>()};
  return all;
}

using FieldPath = std::vector<const gp::FieldDescriptor*>;

// Every string and bytes field reachable from type, as a path of fields; records are left to the validator.
void textFields(const gp::Descriptor* type, FieldPath prefix, std::vector<FieldPath>* out) {
  for (int i = 0; i < type->field_count(); ++i) {
    const gp::FieldDescriptor* field = type->field(i);
    FieldPath path = prefix;
    path.push_back(field);
    if (field->type() == gp::FieldDescriptor::TYPE_STRING || field->type() == gp::FieldDescriptor::TYPE_BYTES)
      out->push_back(path);
    else if (field->type() == gp::FieldDescriptor::TYPE_MESSAGE &&
             field->message_type() != v1::RecordVersion::descriptor())
      textFields(field->message_type(), path, out);
  }
}

std::string nameOf(const FieldPath& path) {
  std::string name;
  for (const gp::FieldDescriptor* field : path) name += (name.empty() ? "" : ".") + field->name();
  return name;
}

// Sets the field at path (through one element of any repeated message on the way) to text.
void setText(gp::Message* message, const FieldPath& path, const std::string& text) {
  for (size_t i = 0; i + 1 < path.size(); ++i)
    message = path[i]->is_repeated() ? message->GetReflection()->AddMessage(message, path[i])
                                     : message->GetReflection()->MutableMessage(message, path[i]);
  if (path.back()->is_repeated())
    message->GetReflection()->AddString(message, path.back(), text);
  else
    message->GetReflection()->SetString(message, path.back(), text);
}

std::vector<const gp::MethodDescriptor*> allMethods() {
  std::vector<const gp::MethodDescriptor*> methods;
  for (const char* service : {v1::SyncService::service_full_name(), v1::ReportService::service_full_name(),
                              v1::AdminService::service_full_name()}) {
    const gp::ServiceDescriptor* descriptor =
        gp::DescriptorPool::generated_pool()->FindServiceByName(service);
    for (int i = 0; i < descriptor->method_count(); ++i) methods.push_back(descriptor->method(i));
  }
  return methods;
}

}  // namespace

TEST_CASE("every text and bytes field of every request is refused over its bound, by name") {
  for (const gp::MethodDescriptor* method : allMethods()) {
    INFO(method->full_name());
    const auto check = checks().find(method->input_type());
    REQUIRE(check != checks().end());
    std::vector<FieldPath> fields;
    textFields(method->input_type(), {}, &fields);
    for (const FieldPath& path : fields) {
      INFO(nameOf(path));
      std::unique_ptr<gp::Message> request(
          gp::MessageFactory::generated_factory()->GetPrototype(method->input_type())->New());
      setText(request.get(), path, std::string(100'000, 'x'));
      const std::optional<Rejection> rejection = check->second(*request);
      REQUIRE(rejection);
      CHECK(rejection->code == ReasonCode::InvalidField);
      CHECK(rejection->field.toStdString() == nameOf(path));
      CHECK(rejection->messageVi.contains(QString::fromStdString(nameOf(path))));
      CHECK(rejection->messageEn.contains(QString::fromStdString(nameOf(path))));
    }
  }
}

TEST_CASE("a device name is measured in characters, so a Vietnamese one may use its full length") {
  v1::EnrollRequest request;
  std::string name;
  for (int i = 0; i < kMaxShortText; ++i) name += "ệ";  // three bytes each in UTF-8
  request.set_device_name(name);
  CHECK_FALSE(checkLimits(request));
  request.set_device_name(name + "ệ");
  REQUIRE(checkLimits(request));
  CHECK(checkLimits(request)->field == "device_name");
}

TEST_CASE("sync health asks about at most a year of silence, and a device reports a plausible waiting count") {
  v1::GetSyncHealthRequest health;
  health.set_silent_after_days(365);
  CHECK_FALSE(checkLimits(health));
  health.set_silent_after_days(366);
  const std::optional<Rejection> tooLong = checkLimits(health);
  REQUIRE(tooLong);
  CHECK(tooLong->field == QStringLiteral("silent_after_days"));
  v1::PullRequest pull;
  pull.mutable_client()->set_pending_count(10'000'001);
  const std::optional<Rejection> broken = checkLimits(pull);
  REQUIRE(broken);
  CHECK(broken->field == QStringLiteral("client.pending_count"));
}
