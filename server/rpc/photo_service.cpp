#include "photo_service.h"

#include "call_auth.h"
#include "status_mapping.h"

#include "storage/photo_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include "auth/record_permissions.h"
#include "ids/uuid7.h"
#include "media/photo_rules.h"

#include "sohoi/v1/photo.grpc.pb.h"

namespace sohoi::server {

namespace {

// The same answer whether the record is missing, lists no such photo, or lies outside the caller's
// scope: a device learns nothing of other units' records by asking.
Rejection noSuchPhoto() {
  return Rejection{ReasonCode::NotFound, QStringLiteral("sha256"),
                   QStringLiteral("Không có ảnh này trong hồ sơ bạn được xem"),
                   QStringLiteral("No such photo in a record you may read")};
}

}  // namespace

PhotoService::PhotoService(Database& database, OrgTreeCache& trees, WorkPool& pool)
    : DecodingService(pool),
      database_(database), trees_(trees), enrolment_(database), intake_(database) {
  const char* name = v1::PhotoService::service_full_name();
  addUnaryMethod(name, "PhotoOffset", &PhotoService::PhotoOffset);
  addClientStreamingMethod(name, "UploadPhoto", &PhotoService::UploadPhoto);
  addServerStreamingMethod(name, "GetPhoto", &PhotoService::GetPhoto);
}

std::optional<QString> PhotoService::photoOfRecord(grpc::CallbackServerContext* context, const v1::ClientInfo& client,
                                                   const std::string& recordId, const std::string& sha256,
                                                   grpc::Status* refusal) {
  if (auto rejection = checkClient(client)) {
    *refusal = toGrpcStatus(context, *rejection);
    return std::nullopt;
  }
  Result<Caller> caller = authenticateCaller(enrolment_, context);
  if (!caller) {
    *refusal = toGrpcStatus(context, caller.error());
    return std::nullopt;
  }
  if (recordId.size() != 16 || sha256.size() != kPhotoHashBytes) {
    *refusal = toGrpcStatus(context, rejectionFor(ReasonCode::Malformed,
                                                  recordId.size() != 16 ? QStringLiteral("record_id")
                                                                        : QStringLiteral("sha256")));
    return std::nullopt;
  }
  const QString hash = photoHashHex(sha256);
  Transaction tx(database_, Transaction::Mode::Read);
  std::shared_ptr<const OrgTree> tree = trees_.get(tx);
  const std::optional<QString> unitId =
      PhotoRepository(tx).unitOfRecordListing(uuidFromBytes(recordId), hash);
  tx.commit();
  if (!unitId || !mayReadRecord(*tree, caller.value().device.unitId, *unitId)) {
    *refusal = toGrpcStatus(context, noSuchPhoto());
    return std::nullopt;
  }
  return hash;
}

grpc::Status PhotoService::PhotoOffset(grpc::CallbackServerContext* context, const v1::PhotoOffsetRequest* request,
                                       v1::PhotoOffsetResponse* response) {
  try {
    grpc::Status refusal;
    const std::optional<QString> hash =
        photoOfRecord(context, request->client(), request->record_id(), request->sha256(), &refusal);
    if (!hash) return refusal;
    const PhotoHeld held = intake_.held(*hash);
    response->set_offset(static_cast<quint64>(held.offset));
    response->set_complete(held.complete);
    return grpc::Status::OK;
  } catch (const StorageError& failure) {
    return storageUnavailable(context, failure.what());
  }
}

grpc::Status PhotoService::UploadPhoto(grpc::CallbackServerContext* context, const StreamReader<v1::UploadPhotoChunk>& read,
                                       v1::UploadPhotoResponse* response) {
  try {
    v1::UploadPhotoChunk chunk;
    std::optional<Rejection> undecodable;
    if (!read(&chunk, &undecodable))
      return toGrpcStatus(context, undecodable ? *undecodable : rejectionFor(ReasonCode::Malformed, QStringLiteral("sha256")));
    // The first message names the photo and the record; the rest must go on with the same photo.
    grpc::Status refusal;
    const std::optional<QString> hash =
        photoOfRecord(context, chunk.client(), chunk.record_id(), chunk.sha256(), &refusal);
    if (!hash) return refusal;
    const std::string sha256 = chunk.sha256();
    const qint64 totalSize = static_cast<qint64>(std::min<quint64>(chunk.total_size(), INT64_MAX));
    // Refused before any byte is kept: a size over the bound, a first chunk that is no JPEG or PNG.
    if (auto refusal = photoSizeRefusal(totalSize)) return toGrpcStatus(context, *refusal);
    if (chunk.offset() == 0 && !chunk.data().empty())
      if (auto refusal = photoTypeRefusal(QByteArray::fromStdString(chunk.data())))
        return toGrpcStatus(context, *refusal);
    PhotoHeld held = intake_.held(*hash);
    if (held.complete) {  // held already: a repeated upload is answered at once, nothing is kept again
      response->set_offset(static_cast<quint64>(totalSize));
      response->set_complete(true);
      return grpc::Status::OK;
    }
    // Chunks are read as fast as they come and kept kCommitBytes at a time: gRPC drops what it received
    // but was not yet read when a connection is cut, so a reader slowed by a commit per chunk would lose
    // more than the link does. What was read is kept even after the cut.
    qint64 from = static_cast<qint64>(std::min<quint64>(chunk.offset(), INT64_MAX));
    QByteArray pending;
    const auto keep = [&]() -> std::optional<Rejection> {
      if (pending.isEmpty()) return std::nullopt;
      Result<PhotoHeld> received = intake_.receive(*hash, totalSize, from, pending);
      if (!received) return received.error();
      held = received.value();
      from += pending.size();
      pending.clear();
      return std::nullopt;
    };
    do {
      if (chunk.sha256() != sha256)
        return toGrpcStatus(context, rejectionFor(ReasonCode::Malformed, QStringLiteral("sha256")));
      pending.append(QByteArray::fromStdString(chunk.data()));
      if (pending.size() >= kCommitBytes || from + pending.size() >= totalSize)
        if (auto refusal = keep()) return toGrpcStatus(context, *refusal);
      if (held.complete) break;
      chunk.Clear();
    } while (read(&chunk, &undecodable));
    if (auto refusal = keep()) return toGrpcStatus(context, *refusal);
    if (undecodable) return toGrpcStatus(context, *undecodable);
    response->set_offset(static_cast<quint64>(held.offset));
    response->set_complete(held.complete);
    return grpc::Status::OK;
  } catch (const StorageError& failure) {
    return storageUnavailable(context, failure.what());
  }
}

grpc::Status PhotoService::GetPhoto(grpc::CallbackServerContext* context, const v1::GetPhotoRequest* request,
                                    const StreamSender<v1::PhotoChunk>& send) {
  try {
    grpc::Status refusal;
    const std::optional<QString> hash =
        photoOfRecord(context, request->client(), request->record_id(), request->sha256(), &refusal);
    if (!hash) return refusal;
    Transaction tx(database_, Transaction::Mode::Read);
    const std::optional<StoredPhoto> photo = PhotoRepository(tx).find(*hash);
    tx.commit();
    // Listed by a record the caller may read, but not (yet) uploaded by the device that took it.
    if (!photo)
      return toGrpcStatus(context, Rejection{ReasonCode::NotFound, QStringLiteral("sha256"),
                                             QStringLiteral("Ảnh chưa được gửi lên từ máy đã chụp"),
                                             QStringLiteral("The photo has not been sent yet by the device "
                                                            "that took it")});
    // A JPEG or PNG is compressed already: gzip would spend its work for nothing (uploads skip it too).
    chooseAnswerCompression(context, static_cast<std::size_t>(photo->size),
                            static_cast<std::size_t>(photo->size));
    for (qsizetype at = 0; at < photo->data.size(); at += kChunkBytes) {
      v1::PhotoChunk chunk;
      if (at == 0) {
        chunk.set_media_type(photo->mediaType.toStdString());
        chunk.set_total_size(static_cast<quint64>(photo->size));
      }
      chunk.set_data(photo->data.mid(at, kChunkBytes).toStdString());
      if (!send(chunk)) return grpc::Status(grpc::StatusCode::CANCELLED, "client gone");
    }
    return grpc::Status::OK;
  } catch (const StorageError& failure) {
    return storageUnavailable(context, failure.what());
  }
}

}  // namespace sohoi::server
