#pragma once
// A stand-in for ReportService.ExportReport behind ReportExporter: answers every request at once with a small
// file named as the server names it, in two chunks, or with a refusal; remembers what was asked. Called from
// the exporter's worker thread.
#include "report_exporter.h"

#include <mutex>
#include <optional>
#include <vector>

namespace sohoi::app::test {

struct FakeReportServer {
  std::mutex mutex;
  std::vector<client::ExportRequest> asked;
  std::optional<client::RpcError> refusal;
  int refuseFromCall = 0;  // with refusal: the calls before this one are answered

  ReportExporter::Exporter exporter();
};

}  // namespace sohoi::app::test
