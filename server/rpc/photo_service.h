#pragma once
// sohoi.v1.PhotoService: ảnh minh chứng (evidence photos), apart from the records that list them. Same
// checks as SyncService (schema version, bearer credential); each call names a record, and a photo is
// taken or given only when that record lists it and lies in the caller's scope (the record read rule of
// shared/auth/record_permissions.h). Runs on its own WorkPool, apart from the records' calls: an upload
// over a slow link holds a worker for as long as its bytes take, and must never hold back a sync. Thread-safe.
#include "decoding_service.h"

#include "photos/photo_intake.h"
#include "sync/enrolment.h"
#include "sync/org_tree_cache.h"

#include "sohoi/v1/photo.pb.h"

namespace sohoi::server {

class Database;

class PhotoService final : public DecodingService {
 public:
  /// GetPhoto sends chunks of this many bytes: well under gRPC's 4 MB, few enough for a 2 MB photo.
  static constexpr int kChunkBytes = 64 * 1024;
  /// UploadPhoto keeps what it read this many bytes at a time (one transaction each), and at the end.
  static constexpr int kCommitBytes = 32 * 1024;

  /// Calls run on pool. REQUIRES: pool outlives the server this service is registered with.
  PhotoService(Database& database, OrgTreeCache& trees, WorkPool& pool);

  grpc::Status PhotoOffset(grpc::CallbackServerContext* context, const v1::PhotoOffsetRequest* request,
                           v1::PhotoOffsetResponse* response);
  grpc::Status UploadPhoto(grpc::CallbackServerContext* context, const StreamReader<v1::UploadPhotoChunk>& read,
                           v1::UploadPhotoResponse* response);
  grpc::Status GetPhoto(grpc::CallbackServerContext* context, const v1::GetPhotoRequest* request,
                        const StreamSender<v1::PhotoChunk>& send);

 private:
  /// The photo's hex hash once the call's client, credential, ids and record check out; otherwise the
  /// refusal, already a status. REQUIRES: no transaction open on this thread.
  std::optional<QString> photoOfRecord(grpc::CallbackServerContext* context, const v1::ClientInfo& client,
                                       const std::string& recordId, const std::string& sha256,
                                       grpc::Status* refusal);

  Database& database_;
  OrgTreeCache& trees_;
  Enrolment enrolment_;
  PhotoIntake intake_;
};

}  // namespace sohoi::server
