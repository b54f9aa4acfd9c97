#pragma once
// A report file the workspace downloads (ReportService.ExportReport), in domain types: what is asked for
// and the file that comes back. The workspace's exporter and ReportClient share them; nothing here knows
// protobuf.
#include "sync/sync_transport.h"

#include "domain/record_kind.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace sohoi::client {

enum class ExportFormat {
  Pdf,          // báo cáo tiến độ: the progress report in the administrative layout
  ProgressCsv,  // its figures, one row per unit and indicator
  RecordsCsv,   // one kind's records (hồ sơ) of the period in the unit's subtree
};

struct ExportRequest {
  QString unitId;  // empty: the caller's own unit
  int year = 0;
  int quarter = 0;  // 1–4; 0: the whole year
  ExportFormat format = ExportFormat::Pdf;
  RecordKind kind = RecordKind::Activity;  // RecordsCsv only
};

/// The file as the server named and made it.
struct ExportedFile {
  QString fileName;     // "tien-do-19-2021.pdf", "activity.csv", …
  QString contentType;  // "application/pdf", "text/csv; charset=utf-8"
  QByteArray bytes;
};

/// Told after each chunk: bytes received so far of the file's total.
using ExportProgress = std::function<void(qint64 received, qint64 total)>;

}  // namespace sohoi::client
