#include "admin_output.h"

#include <QDateTime>
#include <QFile>
#include <cstdlib>

namespace sohoi::server {

int refuse(QTextStream& err, const QString& vi, const QString& en) {
  err << vi << QStringLiteral(" / ") << en << Qt::endl;
  return 1;
}

int refuseUnknown(QTextStream& err, const QString& unitId) {
  return refuse(err, QStringLiteral("Không có đơn vị %1").arg(unitId), QStringLiteral("No unit %1").arg(unitId));
}

QString formatTime(qint64 ms) {
  return ms == 0 ? QStringLiteral("-")
                 : QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatClockOffset(std::optional<qint64> ms) {
  if (!ms) return QStringLiteral("-");
  const qint64 seconds = std::abs(*ms) / 1000;
  const qint64 days = seconds / 86400;
  const QString clock = QStringLiteral("%1:%2:%3")
                            .arg(seconds % 86400 / 3600, 2, 10, QLatin1Char('0'))
                            .arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'))
                            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
  return (*ms < 0 ? QStringLiteral("-") : QStringLiteral("+")) +
         (days > 0 ? QStringLiteral("%1d ").arg(days) : QString()) + clock;
}

bool readFile(const QString& path, QByteArray* text, QTextStream& err) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    refuse(err, QStringLiteral("Không mở được tệp %1").arg(path), QStringLiteral("Cannot open file %1").arg(path));
    return false;
  }
  *text = file.readAll();
  return true;
}

}  // namespace sohoi::server
