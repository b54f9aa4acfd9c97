#pragma once
// sohoi.v1.ReportService: progress toward the plan for a unit and its children. Same checks as
// SyncService (schema version, field bounds, bearer credential); a device may read units within its own
// scope only, judged on today's tree. The figures come from ProgressService, kept up to date as pushes
// commit. Runs on the server's WorkPool; thread-safe.
#include "decoding_service.h"

#include "report/progress_service.h"
#include "sync/enrolment.h"
#include "sync/org_tree_cache.h"

#include "sohoi/v1/report.pb.h"
#include "wire/progress_codec.h"

namespace sohoi::server {

class Database;

class ReportService final : public DecodingService {
 public:
  static constexpr int kMaxChildDepth = 4;  // province → branches

  /// Calls run on pool (DecodingService).
  ReportService(Database& database, OrgTreeCache& trees, ProgressService& progress, WorkPool& pool);

  grpc::Status GetProgress(grpc::CallbackServerContext* context, const v1::GetProgressRequest* request,
                           v1::GetProgressResponse* response);
  /// report_export.cpp: the file in chunks of kExportChunkBytes, the first naming it.
  static constexpr int kExportChunkBytes = 256 * 1024;
  grpc::Status ExportReport(grpc::CallbackServerContext* context, const v1::ExportReportRequest* request,
                            const StreamSender<v1::ExportReportChunk>& send);

 private:
  /// The unit a call asks about (empty: the caller's own), once the caller is authenticated, the tree has
  /// the unit and the caller's scope holds it; otherwise the refusal, already a status.
  std::optional<QString> unitInScope(grpc::CallbackServerContext* context, const std::string& requested,
                                     grpc::Status* refusal);

  Database& database_;
  OrgTreeCache& trees_;
  ProgressService& progress_;
  Enrolment enrolment_;
};

/// FAILED_PRECONDITION with `sohoi-reason: NO_PLAN`: the server has no plan (for the year asked).
grpc::Status noPlan(grpc::CallbackServerContext* context, const QString& message);

/// Fills the wire form of a plan's description; a unit's progress converts in shared/wire/progress_codec.h.
void toProto(const plan::Plan& plan, v1::PlanInfo* out);
using sohoi::toProto;

}  // namespace sohoi::server
