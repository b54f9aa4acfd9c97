#include "password_file.h"

#include <QFile>
#include <cstdio>

namespace sohoi::tools::sim {

std::optional<QString> readPasswordFile(const QString& path, QString* error) {
  const bool fromStdin = path == QLatin1String("-");
  QFile file(fromStdin ? QString() : path);
  if (!(fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
    *error = QStringLiteral("Không đọc được tệp mật khẩu %1 / Cannot read the password file %1").arg(path);
    return std::nullopt;
  }
  QString line = QString::fromUtf8(file.readLine());
  while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r'))) line.chop(1);
  return line;
}

}  // namespace sohoi::tools::sim
