#pragma once
// A small RFC 4180 reader for the tests: the CSV files must parse back as a spreadsheet reads them.
#include <QByteArray>
#include <QStringList>
#include <vector>

namespace sohoi::server::test {

struct CsvTable {
  bool hadBom = false;
  std::vector<QStringList> rows;  // the header first
};

/// Quoted cells may hold commas, doubled quotes and line breaks; rows end with CRLF or LF.
CsvTable readCsv(const QByteArray& bytes);

}  // namespace sohoi::server::test
