#include "server_process.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace sohoi::tools::bench {

bool ServerProcess::start(const QString& binary, const QString& dbSpec, QString* error, int timeoutMs) {
  process_.setProcessChannelMode(QProcess::SeparateChannels);
  process_.start(binary, {QStringLiteral("--db"), dbSpec, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
  if (!process_.waitForStarted(timeoutMs)) {
    *error = QStringLiteral("Không chạy được %1 / Cannot start %1: %2").arg(binary, process_.errorString());
    return false;
  }
  static const QRegularExpression listening(QStringLiteral("sohoi-server listening on (\\S+)"));
  QDeadlineTimer deadline(timeoutMs);
  QByteArray seen;
  while (!deadline.hasExpired()) {
    if (process_.canReadLine() || process_.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())))) {
      while (process_.canReadLine()) {
        const QByteArray line = process_.readLine();
        seen += line;
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(line));
        if (match.hasMatch()) {
          address_ = match.captured(1);
          return true;
        }
      }
    }
    if (process_.state() != QProcess::Running) break;
  }
  *error = QStringLiteral("sohoi-server không báo địa chỉ / sohoi-server did not report its address: %1 %2")
               .arg(QString::fromUtf8(seen), QString::fromUtf8(process_.readAllStandardError()));
  stop();
  return false;
}

void ServerProcess::stop() {
  if (process_.state() == QProcess::NotRunning) return;
  process_.terminate();  // SIGTERM to this child's pid
  if (!process_.waitForFinished(5000)) {
    process_.kill();
    process_.waitForFinished(2000);
  }
}

}  // namespace sohoi::tools::bench
