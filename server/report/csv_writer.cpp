#include "csv_writer.h"

namespace sohoi::server {

namespace {

void appendCell(const QString& text, QByteArray* out) {
  const QByteArray utf8 = text.toUtf8();
  const bool quoted = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
  if (!quoted) {
    out->append(utf8);
    return;
  }
  out->append('"');
  for (char byte : utf8) {
    if (byte == '"') out->append('"');
    out->append(byte);
  }
  out->append('"');
}

}  // namespace

CsvWriter::CsvWriter(const QStringList& header) {
  bytes_.append("\xEF\xBB\xBF");
  addRow(header);
}

void CsvWriter::addRow(const QStringList& cells) {
  for (qsizetype i = 0; i < cells.size(); ++i) {
    if (i > 0) bytes_.append(',');
    appendCell(cells.at(i), &bytes_);
  }
  bytes_.append("\r\n");
}

QString csvDate(const QDate& date) { return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

}  // namespace sohoi::server
