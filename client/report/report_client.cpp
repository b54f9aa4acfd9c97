#include "report_client.h"

#include "progress_codec.h"

#include "sohoi/v1/report.grpc.pb.h"
#include "sync/rpc_call.h"

#include <grpcpp/grpcpp.h>

namespace sohoi::client {

struct ReportClient::Stub {
  std::unique_ptr<v1::ReportService::Stub> stub;
};

ReportClient::ReportClient(std::shared_ptr<grpc::Channel> channel, Options options)
    : stub_(std::make_unique<Stub>(Stub{v1::ReportService::NewStub(std::move(channel))})),
      options_(std::move(options)) {}

ReportClient::ReportClient(std::shared_ptr<grpc::Channel> channel) : ReportClient(std::move(channel), Options{}) {}

ReportClient::~ReportClient() = default;

RpcResult<ProgressAnswer> ReportClient::getProgress(const QString& unitId, int childDepth, const QString& asOf) {
  v1::GetProgressRequest request;
  fillClientInfo(request.mutable_client(), options_.appVersion);
  request.set_unit_id(unitId.toStdString());
  request.set_child_depth(static_cast<quint32>(std::max(0, childDepth)));
  request.set_as_of(asOf.toStdString());
  v1::GetProgressResponse response;
  grpc::ClientContext context;
  prepareCall(&context, options_.deadline, credential_);
  const grpc::Status status = stub_->stub->GetProgress(&context, request, &response);
  if (!status.ok()) return RpcResult<ProgressAnswer>::failure(toRpcError(status, context));
  return RpcResult<ProgressAnswer>::success(fromProto(response));
}

}  // namespace sohoi::client
