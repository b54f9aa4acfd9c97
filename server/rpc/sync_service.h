#pragma once
// sohoi.v1.SyncService: thin by design. Each call checks the app's schema version, the bounds of its fields,
// then the device credential, converts proto to domain types, calls the sync layer and maps refusals through
// toGrpcStatus(). Requests arrive decoded by DecodingService. Runs on the server's WorkPool; every member is
// thread-safe.
#include "decoding_service.h"
#include "reference_message.h"

#include "sync/enrolment.h"
#include "sync/org_tree_cache.h"
#include "sync/pull_processor.h"
#include "sync/push_processor.h"
#include "sync/push_writer.h"

#include "sohoi/v1/sync.pb.h"

namespace sohoi::server {

class Database;

class SyncService final : public DecodingService {
 public:
  static constexpr int kMaxMutationsPerPush = 1000;
  static constexpr size_t kMaxPushBytes = 2 * 1024 * 1024;

  /// Calls run on pool (DecodingService).
  SyncService(Database& database, WorkPool& pool);

  grpc::Status Enroll(grpc::CallbackServerContext* context, const v1::EnrollRequest* request,
                      v1::EnrollResponse* response);
  grpc::Status Push(grpc::CallbackServerContext* context, const v1::PushRequest* request, v1::PushResponse* response);
  grpc::Status Pull(grpc::CallbackServerContext* context, const v1::PullRequest* request, v1::PullResponse* response);

  /// Told about every committed push batch's new heads. REQUIRES: set before serving.
  void setHeadListener(HeadChangeListener* listener) { push_.setListener(listener); }
  OrgTreeCache& trees() { return trees_; }
  /// What devices said at the end of their syncs, stored or about to be (sync health reads it).
  const SyncReports& syncReports() const { return reports_; }
  /// Writes the pushes still queued and stops the writer: later pushes are refused as unavailable.
  /// REQUIRES: before the database closes.
  void stopWriting() { writer_.stop(); }

 private:
  /// Fills response with the page request asks of device's feed (Pull after authentication, or a push's
  /// then_pull, with the positions the push stored: PullProcessor::pull's justPushed). Throws StorageError.
  void answerPull(const Device& device, const v1::PullRequest& request, v1::PullResponse* response,
                  FeedRange justPushed = {});
  /// Remembers, for sync health, that device finished a sync with what client said of itself.
  void recordSync(const Device& device, const v1::ClientInfo& client);

  OrgTreeCache trees_;
  Enrolment enrolment_;
  PushProcessor push_;
  SyncReports reports_;  // before writer_, which stores them
  PushWriter writer_;  // every push goes through it (group commit)
  PullProcessor pull_;
  ReferenceMessage referenceMessage_;
};

}  // namespace sohoi::server
