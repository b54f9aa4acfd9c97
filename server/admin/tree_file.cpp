#include "tree_file.h"

#include <QHash>

namespace sohoi::server {

namespace {

TreeFile failure(int line, const QString& vi, const QString& en) {
  TreeFile file;
  file.errorLine = line;
  file.error = QStringLiteral("Dòng %1: %2 / Line %1: %3").arg(line).arg(vi, en);
  return file;
}

// The type column names the kind of area (Tỉnh, Huyện, Thành phố, Xã …) for area units; an equivalent
// unit or a member organisation says so there, in Vietnamese or by its name in the plan files.
UnitType typeFromCell(const QString& cell) {
  const QString text = cell.trimmed().toLower();
  UnitType type = UnitType::Area;
  if (unitTypeFromName(text, &type)) return type;
  if (text == QStringLiteral("đơn vị tương đương")) return UnitType::Equivalent;
  if (text == QStringLiteral("tổ chức thành viên")) return UnitType::MemberOrganisation;
  return UnitType::Area;
}

}  // namespace

QStringList splitCsvLine(const QString& line) {
  QStringList cells;
  QString cell;
  bool quoted = false;
  for (qsizetype i = 0; i < line.size(); ++i) {
    const QChar c = line.at(i);
    if (quoted) {
      if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
        cell += c;
        ++i;
      } else if (c == QLatin1Char('"')) {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == QLatin1Char('"')) {
      quoted = true;
    } else if (c == QLatin1Char(',')) {
      cells << cell;
      cell.clear();
    } else {
      cell += c;
    }
  }
  cells << cell;
  return cells;
}

TreeFile TreeFile::parse(const QByteArray& csv, const OrgTree& existing) {
  const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
  const QStringList header{"code", "level", "type", "name", "parent_code"};
  if (lines.isEmpty() || splitCsvLine(lines.first().trimmed()) != header)
    return failure(1, QStringLiteral("tiêu đề phải là code,level,type,name,parent_code"),
                   QStringLiteral("the header must be code,level,type,name,parent_code"));

  TreeFile file;
  QHash<QString, int> lineOf;  // code → line in this file
  for (int index = 1; index < lines.size(); ++index) {
    const int lineNumber = index + 1;
    const QString line = lines.at(index).trimmed();
    if (line.isEmpty()) continue;
    const QStringList cells = splitCsvLine(line);
    if (cells.size() != header.size())
      return failure(lineNumber, QStringLiteral("cần 5 cột, có %1").arg(cells.size()),
                     QStringLiteral("expected 5 columns, found %1").arg(cells.size()));
    OrgUnit unit;
    unit.id = cells.at(0).trimmed();
    unit.name = cells.at(3).trimmed();
    unit.parentId = cells.at(4).trimmed();
    unit.type = typeFromCell(cells.at(2));
    if (unit.id.isEmpty() || unit.name.isEmpty())
      return failure(lineNumber, QStringLiteral("thiếu mã hoặc tên"), QStringLiteral("missing code or name"));
    if (!unitLevelFromName(cells.at(1).trimmed(), &unit.level))
      return failure(lineNumber, QStringLiteral("cấp không hợp lệ \"%1\"").arg(cells.at(1)),
                     QStringLiteral("unknown level \"%1\" (province, district, commune, branch)").arg(cells.at(1)));
    if (lineOf.contains(unit.id))
      return failure(lineNumber, QStringLiteral("mã %1 đã có ở dòng %2").arg(unit.id).arg(lineOf.value(unit.id)),
                     QStringLiteral("code %1 already on line %2").arg(unit.id).arg(lineOf.value(unit.id)));
    lineOf.insert(unit.id, lineNumber);
    file.units.push_back(unit);
    file.lines.push_back(lineNumber);
  }

  // Parents: in the file (before or after) or already stored. Then walk up from each unit: meeting the
  // unit again is a cycle.
  QHash<QString, QString> parentOf;
  for (const OrgUnit& unit : existing.units()) parentOf.insert(unit.id, unit.parentId);
  for (const OrgUnit& unit : file.units) parentOf.insert(unit.id, unit.parentId);
  for (const OrgUnit& unit : file.units) {
    const int lineNumber = lineOf.value(unit.id);
    if (!unit.parentId.isEmpty() && !parentOf.contains(unit.parentId))
      return failure(lineNumber, QStringLiteral("đơn vị cha %1 không tồn tại").arg(unit.parentId),
                     QStringLiteral("unknown parent %1").arg(unit.parentId));
    QString ancestor = unit.parentId;
    for (int steps = 0; !ancestor.isEmpty(); ++steps) {
      if (ancestor == unit.id || steps > parentOf.size())
        return failure(lineNumber, QStringLiteral("vòng lặp: %1 là tổ tiên của chính nó").arg(unit.id),
                       QStringLiteral("cycle: %1 is its own ancestor").arg(unit.id));
      ancestor = parentOf.value(ancestor);
    }
  }
  return file;
}

}  // namespace sohoi::server
