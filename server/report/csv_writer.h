#pragma once
// CSV for people who open it in Excel: UTF-8 with a byte-order mark (without one Excel reads the bytes as
// the local code page and Vietnamese diacritics come out garbled), RFC 4180 quoting, CRLF line ends, dates
// as dd/mm/yyyy as Vietnamese spreadsheets show them.
#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace sohoi::server {

class CsvWriter {
 public:
  /// Starts the file with the BOM and the header row.
  explicit CsvWriter(const QStringList& header);

  /// Appends one row; cells are quoted when they hold a comma, a quote or a line break.
  void addRow(const QStringList& cells);
  /// The file so far.
  const QByteArray& bytes() const { return bytes_; }

 private:
  QByteArray bytes_;
};

/// "31/12/2021"; empty for an invalid date.
QString csvDate(const QDate& date);

}  // namespace sohoi::server
