#include "admin_output.h"

#include <QFile>

namespace sohoi::server {

int refuse(QTextStream& err, const QString& vi, const QString& en) {
  err << vi << QStringLiteral(" / ") << en << Qt::endl;
  return 1;
}

int refuseUnknown(QTextStream& err, const QString& unitId) {
  return refuse(err, QStringLiteral("Không có đơn vị %1").arg(unitId), QStringLiteral("No unit %1").arg(unitId));
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
