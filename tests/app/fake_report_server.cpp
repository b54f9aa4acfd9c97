#include "fake_report_server.h"

namespace sohoi::app::test {

ReportExporter::Exporter FakeReportServer::exporter() {
  return [this](const client::ExportRequest& request, std::function<void(qint64, qint64)> progress) {
    std::lock_guard lock(mutex);
    asked.push_back(request);
    if (refusal && static_cast<int>(asked.size()) > refuseFromCall)
      return client::RpcResult<client::ExportedFile>::failure(*refusal);
    client::ExportedFile file;
    if (request.format == client::ExportFormat::RecordsCsv) {
      file = {recordKindName(request.kind) + QStringLiteral(".csv"), QStringLiteral("text/csv; charset=utf-8"),
              QByteArray("\xEF\xBB\xBFMã hồ sơ\r\n")};
    } else {
      const bool pdf = request.format == client::ExportFormat::Pdf;
      const QLatin1String extension(pdf ? "pdf" : "csv");
      file = {QStringLiteral("tien-do-%1-%2.%3").arg(request.unitId).arg(request.year).arg(extension),
              pdf ? QStringLiteral("application/pdf") : QStringLiteral("text/csv; charset=utf-8"),
              QByteArray("%PDF-1.4 báo cáo %%EOF")};
    }
    progress(file.bytes.size() / 2, file.bytes.size());
    progress(file.bytes.size(), file.bytes.size());
    return client::RpcResult<client::ExportedFile>::success(file);
  };
}

}  // namespace sohoi::app::test
