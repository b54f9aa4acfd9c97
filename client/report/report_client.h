#pragma once
// The workspace's client for sohoi.v1.ReportService: progress toward the plan for a unit and its children,
// and report files (PDF, CSV) downloaded chunk by chunk.
// Like SyncClient and AdminClient it is the only code on its side that sees this service's protobuf:
// answers come back as ProgressAnswer, failures as RpcError in Vietnamese and English.
//
// Threading: one caller at a time; several clients may share a channel (SyncClient::makeChannel).
#include "progress_answer.h"
#include "report_export.h"
#include "sync/sync_transport.h"

#include <chrono>
#include <memory>

namespace grpc {
class Channel;
}

namespace sohoi::client {

class ReportClient {
 public:
  struct Options {
    // Reading a past quarter is counted afresh on the server: seconds at province scale.
    std::chrono::milliseconds deadline{30000};
    // A province's records run to megabytes over a district's link; the whole download must end by then
    // (DESIGN §5: an application timeout on streams, so a dead link cannot hang the workspace).
    std::chrono::milliseconds exportDeadline{300000};
    QString appVersion = QStringLiteral("0.1.0");
  };

  ReportClient(std::shared_ptr<grpc::Channel> channel, Options options);
  explicit ReportClient(std::shared_ptr<grpc::Channel> channel);
  ~ReportClient();

  /// The bearer token of every call: a device credential or a signed-in session's token.
  void setCredential(const QString& credential) { credential_ = credential; }

  /// The unit (empty: the caller's own) and its children childDepth levels deep, read on asOf
  /// ("yyyy-MM-dd" within the plan's year; empty: today).
  RpcResult<ProgressAnswer> getProgress(const QString& unitId, int childDepth, const QString& asOf);

  /// The report file for unitId (empty: the caller's own) over year and quarter (0: the whole year); kind
  /// matters for ExportFormat::RecordsCsv only. progress (may be empty) is told after every chunk, on the
  /// calling thread. A refusal carries the server's own words (no plan for the year, out of scope, …).
  RpcResult<ExportedFile> exportReport(const QString& unitId, int year, int quarter, ExportFormat format,
                                       RecordKind kind, const ExportProgress& progress);

 private:
  struct Stub;
  std::unique_ptr<Stub> stub_;
  Options options_;
  QString credential_;
};

}  // namespace sohoi::client
