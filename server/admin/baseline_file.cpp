#include "baseline_file.h"

#include "tree_file.h"

#include <QSet>

namespace sohoi::server {

namespace {

// core_members came later: a file without that last column is still read (no core members entered).
const QStringList kHeader{"unit_id",        "year",          "members",          "women_18_plus",     "fund",
                          "branch_leaders", "full_time_cadres", "committee_members", "core_members"};
const QStringList kOldHeader = kHeader.mid(0, kHeader.size() - 1);

BaselineFile failure(int line, const QString& vi, const QString& en) {
  BaselineFile file;
  file.errorLine = line;
  file.error = QStringLiteral("Dòng %1: %2 / Line %1: %3").arg(line).arg(vi, en);
  return file;
}

}  // namespace

BaselineFile BaselineFile::parse(const QByteArray& csv, const OrgTree& tree) {
  const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
  const QStringList header = lines.isEmpty() ? QStringList() : splitCsvLine(lines.first().trimmed());
  if (header != kHeader && header != kOldHeader)
    return failure(1, QStringLiteral("tiêu đề phải là %1").arg(kHeader.join(QLatin1Char(','))),
                   QStringLiteral("the header must be %1").arg(kHeader.join(QLatin1Char(','))));
  BaselineFile file;
  QSet<QString> seen;
  for (int index = 1; index < lines.size(); ++index) {
    const int lineNumber = index + 1;
    const QString line = lines.at(index).trimmed();
    if (line.isEmpty()) continue;
    const QStringList cells = splitCsvLine(line);
    if (cells.size() != header.size())
      return failure(lineNumber, QStringLiteral("cần %1 cột, có %2").arg(header.size()).arg(cells.size()),
                     QStringLiteral("expected %1 columns, found %2").arg(header.size()).arg(cells.size()));
    plan::UnitBaseline baseline;
    baseline.unitId = cells.at(0).trimmed();
    if (!tree.contains(baseline.unitId))
      return failure(lineNumber, QStringLiteral("đơn vị %1 không có trong cây tổ chức").arg(baseline.unitId),
                     QStringLiteral("unit %1 is not in the org tree").arg(baseline.unitId));
    qint64 values[8] = {};
    for (int column = 1; column < header.size(); ++column) {
      bool ok = false;
      const qint64 value = cells.at(column).trimmed().toLongLong(&ok);
      if (!ok || value < 0)
        return failure(lineNumber,
                       QStringLiteral("%1 phải là số nguyên không âm, có \"%2\"").arg(kHeader.at(column), cells.at(column)),
                       QStringLiteral("%1 must be a whole number ≥ 0, found \"%2\"").arg(kHeader.at(column), cells.at(column)));
      values[column - 1] = value;
    }
    if (values[0] < 2000 || values[0] > 2100)
      return failure(lineNumber, QStringLiteral("năm %1 ngoài khoảng 2000–2100").arg(values[0]),
                     QStringLiteral("year %1 is outside 2000–2100").arg(values[0]));
    baseline.year = static_cast<int>(values[0]);
    baseline.members = values[1];
    baseline.women18Plus = values[2];
    baseline.fund = values[3];
    baseline.branchLeaders = values[4];
    baseline.fullTimeCadres = values[5];
    baseline.committeeMembers = values[6];
    baseline.coreMembers = values[7];
    const QString key = baseline.unitId + QLatin1Char('@') + QString::number(baseline.year);
    if (seen.contains(key))
      return failure(lineNumber, QStringLiteral("đơn vị %1 năm %2 đã có ở dòng trước").arg(baseline.unitId).arg(baseline.year),
                     QStringLiteral("unit %1, year %2 already given on an earlier line").arg(baseline.unitId).arg(baseline.year));
    seen.insert(key);
    file.baselines.push_back(baseline);
  }
  return file;
}

}  // namespace sohoi::server
