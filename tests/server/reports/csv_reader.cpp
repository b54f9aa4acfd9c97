#include "csv_reader.h"

namespace sohoi::server::test {

CsvTable readCsv(const QByteArray& bytes) {
  CsvTable table;
  table.hadBom = bytes.startsWith("\xEF\xBB\xBF");
  const QString text = QString::fromUtf8(table.hadBom ? bytes.mid(3) : bytes);
  QStringList row;
  QString cell;
  bool quoted = false;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text.at(i);
    if (quoted) {
      if (c != QLatin1Char('"')) cell += c;
      else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) cell += text.at(++i);
      else quoted = false;
    } else if (c == QLatin1Char('"')) {
      quoted = true;
    } else if (c == QLatin1Char(',')) {
      row << cell;
      cell.clear();
    } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
      if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) ++i;
      row << cell;
      table.rows.push_back(row);
      row.clear();
      cell.clear();
    } else {
      cell += c;
    }
  }
  if (!cell.isEmpty() || !row.isEmpty()) table.rows.push_back(row << cell);
  return table;
}

}  // namespace sohoi::server::test
