#pragma once
// sohoi.v1.PhotoService: ảnh minh chứng (evidence photos), apart from the records that list them. Same
// checks as SyncService (schema version, bearer credential); each call names a record, and a photo is
// taken or given only when that record lists it and lies in the caller's scope (the record read rule of
// shared/auth/record_permissions.h). Runs on gRPC's thread pool; thread-safe.
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

  PhotoService(Database& database, OrgTreeCache& trees);

  grpc::Status PhotoOffset(grpc::ServerContext* context, const v1::PhotoOffsetRequest* request,
                           v1::PhotoOffsetResponse* response);
  grpc::Status UploadPhoto(grpc::ServerContext* context, const StreamReader<v1::UploadPhotoChunk>& read,
                           v1::UploadPhotoResponse* response);
  grpc::Status GetPhoto(grpc::ServerContext* context, const v1::GetPhotoRequest* request,
                        const StreamSender<v1::PhotoChunk>& send);

 private:
  /// The photo's hex hash once the call's client, credential, ids and record check out; otherwise the
  /// refusal, already a status. REQUIRES: no transaction open on this thread.
  std::optional<QString> photoOfRecord(grpc::ServerContext* context, const v1::ClientInfo& client,
                                       const std::string& recordId, const std::string& sha256,
                                       grpc::Status* refusal);

  Database& database_;
  OrgTreeCache& trees_;
  Enrolment enrolment_;
  PhotoIntake intake_;
};

}  // namespace sohoi::server
