#include "clock_flag_commands.h"

#include "admin_output.h"

#include "storage/clock_flag_repository.h"
#include "storage/transaction.h"

namespace sohoi::server {

namespace {

constexpr int kDefaultLimit = 50;

QString row(const QStringList& cells) {
  return QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
      .arg(cells[0], -16)
      .arg(cells[1], -36)
      .arg(cells[2], -24)
      .arg(cells[3], -28)
      .arg(cells[4], -36)
      .arg(cells[5], -16)
      .arg(cells[6]);
}

}  // namespace

int listClockFlags(Database& db, const QHash<QString, QString>& options, QTextStream& out, QTextStream& err) {
  bool limitOk = true;
  const int limit = options.value(QStringLiteral("limit"), QString::number(kDefaultLimit)).toInt(&limitOk);
  if (!limitOk || limit <= 0) {
    err << QStringLiteral("--limit phải là số nguyên dương / --limit must be a whole number above 0") << Qt::endl;
    return 2;
  }
  Transaction tx(db, Transaction::Mode::Read);
  const std::vector<ClockFlag> flags = ClockFlagRepository(tx).newest(options.value(QStringLiteral("device")), limit);
  tx.commit();
  out << QStringLiteral("records with an implausible device clock: %1 shown (newest first)").arg(flags.size())
      << Qt::endl;
  out << row({QStringLiteral("server time"), QStringLiteral("device"), QStringLiteral("person"), QStringLiteral("unit"),
              QStringLiteral("record"), QStringLiteral("device time"), QStringLiteral("offset")})
      << Qt::endl;
  for (const ClockFlag& flag : flags)
    out << row({formatTime(flag.flaggedAt), flag.deviceId, flag.personName,
                flag.unitName.isEmpty() ? flag.unitId : QStringLiteral("%1 %2").arg(flag.unitId, flag.unitName),
                flag.recordId, formatTime(flag.stampMs), formatClockOffset(flag.clockOffsetMs)})
        << Qt::endl;
  return 0;
}

}  // namespace sohoi::server
