#pragma once
// The org tree file: CSV with the header `code,level,type,name,parent_code` (data/thai-nguyen-units-2021.csv),
// levels province|district|commune|branch. The type column is free text for area units (Tỉnh, Huyện, Xã …);
// "Đơn vị tương đương" (equivalent_unit) or "Tổ chức thành viên" (member_organisation) there makes the unit
// one of those (UnitType), which district-level targets may count apart. Checked before anything is stored: a parent must be in the
// file or already in the database, and no unit may be its own ancestor. Errors name the line.
#include "domain/org_tree.h"
#include "domain/org_unit.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace sohoi::server {

struct TreeFile {
  std::vector<OrgUnit> units;  // in file order
  std::vector<int> lines;      // the line of each unit (the header is line 1)
  QString error;               // bilingual, with the line number; empty when the file is usable
  int errorLine = 0;           // 1-based line of the first problem (the header is line 1)

  bool ok() const { return error.isEmpty(); }
  /// Parses csv; `existing` is the tree already stored, where parents may also be found.
  static TreeFile parse(const QByteArray& csv, const OrgTree& existing);
};

/// Splits one CSV line (RFC 4180 quoting: "a, b" and "" for a quote).
QStringList splitCsvLine(const QString& line);

}  // namespace sohoi::server
