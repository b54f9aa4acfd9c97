#include "address.h"

#include <QHostAddress>

namespace sohoi {

bool splitHostPort(const QString& address, QString* host, int* port) {
  const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
  if (colon <= 0) return false;
  bool ok = false;
  *port = address.mid(colon + 1).toInt(&ok);
  *host = address.left(colon);
  return ok && *port >= 0 && *port <= 65535;
}

bool isLoopbackHost(const QString& host) {
  QString bare = host;
  if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']'))) bare = bare.mid(1, bare.size() - 2);
  if (bare.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) return true;
  QHostAddress address;
  return address.setAddress(bare) && address.isLoopback();
}

}  // namespace sohoi
