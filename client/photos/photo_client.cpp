#include "photo_client.h"

#include "sync/rpc_call.h"

#include "ids/uuid7.h"

#include "sohoi/v1/photo.grpc.pb.h"

#include <grpcpp/grpcpp.h>

namespace sohoi::client {

namespace {

// A request naming photo hash of recordId, with this app's ClientInfo: every call begins so.
template <class Request>
Request photoRequest(const QString& appVersion, const QString& recordId, const QString& hash) {
  Request request;
  fillClientInfo(request.mutable_client(), appVersion);
  request.set_record_id(uuidToBytes(recordId));
  request.set_sha256(QByteArray::fromHex(hash.toLatin1()).toStdString());
  return request;
}

// A failed call as RpcError, in the server's own words when it gave a reason: "too large, at most 2048 KB"
// tells the leader more than the reason's standard words.
RpcError photoError(const grpc::Status& status, const grpc::ClientContext& context) {
  RpcError error = toRpcError(status, context);
  const QString words = QString::fromStdString(status.error_message());
  const qsizetype split = words.indexOf(QStringLiteral(" / "));
  if (error.reason != ReasonCode::None && split > 0) {
    error.messageVi = words.left(split);
    error.messageEn = words.mid(split + 3);
  }
  return error;
}

}  // namespace

struct PhotoClient::Stub {
  std::unique_ptr<v1::PhotoService::Stub> stub;
};

PhotoClient::PhotoClient(std::shared_ptr<grpc::Channel> channel, QString credential, Options options)
    : stub_(std::make_unique<Stub>(Stub{v1::PhotoService::NewStub(std::move(channel))})),
      credential_(std::move(credential)),
      options_(std::move(options)) {}

PhotoClient::PhotoClient(std::shared_ptr<grpc::Channel> channel, QString credential)
    : PhotoClient(std::move(channel), std::move(credential), Options{}) {}

PhotoClient::~PhotoClient() = default;
PhotoClient::PhotoClient(PhotoClient&&) noexcept = default;

RpcResult<PhotoOnServer> PhotoClient::offset(const QString& recordId, const QString& hash) {
  const auto request = photoRequest<v1::PhotoOffsetRequest>(options_.appVersion, recordId, hash);
  grpc::ClientContext context;
  prepareCall(&context, options_.callDeadline, credential_, request.ByteSizeLong());
  v1::PhotoOffsetResponse response;
  const grpc::Status status = stub_->stub->PhotoOffset(&context, request, &response);
  if (!status.ok()) return RpcResult<PhotoOnServer>::failure(photoError(status, context));
  return RpcResult<PhotoOnServer>::success({static_cast<qint64>(response.offset()), response.complete()});
}

RpcResult<PhotoOnServer> PhotoClient::upload(const QString& recordId, const QString& hash, const QByteArray& bytes,
                                             qint64 from, qint64* sent) {
  grpc::ClientContext context;
  const auto photoBytes = static_cast<std::size_t>(bytes.size());  // JPEG: compressed already
  prepareCall(&context, options_.uploadDeadline, credential_, photoBytes, photoBytes);
  v1::UploadPhotoResponse response;
  std::unique_ptr<grpc::ClientWriter<v1::UploadPhotoChunk>> writer = stub_->stub->UploadPhoto(&context, &response);
  auto chunk = photoRequest<v1::UploadPhotoChunk>(options_.appVersion, recordId, hash);
  chunk.set_total_size(static_cast<quint64>(bytes.size()));
  chunk.set_offset(static_cast<quint64>(from));
  // The first message names the photo; every message carries the sha256 so the server can tell a stream
  // that changes photos half-way. A write fails once the server has answered or the connection is cut.
  qint64 at = from;
  do {
    const QByteArray part = bytes.mid(at, options_.chunkBytes);
    chunk.set_data(part.constData(), static_cast<size_t>(part.size()));
    chunk.set_offset(static_cast<quint64>(at));
    if (!writer->Write(chunk)) break;
    if (sent) *sent += part.size();
    at += part.size();
    chunk.clear_client();
    chunk.clear_record_id();
  } while (at < bytes.size());
  writer->WritesDone();
  const grpc::Status status = writer->Finish();
  if (!status.ok()) return RpcResult<PhotoOnServer>::failure(photoError(status, context));
  return RpcResult<PhotoOnServer>::success({static_cast<qint64>(response.offset()), response.complete()});
}

RpcResult<FetchedPhoto> PhotoClient::fetch(const QString& recordId, const QString& hash) {
  const auto request = photoRequest<v1::GetPhotoRequest>(options_.appVersion, recordId, hash);
  grpc::ClientContext context;
  prepareCall(&context, options_.uploadDeadline, credential_, request.ByteSizeLong());
  std::unique_ptr<grpc::ClientReader<v1::PhotoChunk>> reader = stub_->stub->GetPhoto(&context, request);
  FetchedPhoto photo;
  v1::PhotoChunk chunk;
  while (reader->Read(&chunk)) {
    if (!chunk.media_type().empty()) photo.mediaType = QString::fromStdString(chunk.media_type());
    photo.bytes.append(chunk.data().data(), static_cast<qsizetype>(chunk.data().size()));
  }
  const grpc::Status status = reader->Finish();
  if (!status.ok()) return RpcResult<FetchedPhoto>::failure(photoError(status, context));
  return RpcResult<FetchedPhoto>::success(std::move(photo));
}

}  // namespace sohoi::client
