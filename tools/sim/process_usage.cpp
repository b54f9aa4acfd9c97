#include "process_usage.h"

#include <time.h>
#include <unistd.h>

#include <QFile>
#include <QStringList>

namespace sohoi::tools::sim {

namespace {

std::optional<QByteArray> readProcFile(qint64 pid, const char* name) {
  QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
  // /proc files report size 0: read until the end rather than by size.
  if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
  return file.readAll();
}

}  // namespace

std::optional<ProcessUsage> readProcessUsage(qint64 pid) {
  const std::optional<QByteArray> stat = readProcFile(pid, "stat");
  const std::optional<QByteArray> status = readProcFile(pid, "status");
  if (!stat || !status) return std::nullopt;
  // The command name (field 2) may hold spaces; fields are counted after its closing parenthesis, where
  // field 3 (state) comes first and utime, stime are fields 14 and 15.
  const qsizetype close = stat->lastIndexOf(')');
  if (close < 0) return std::nullopt;
  const QList<QByteArray> fields = stat->mid(close + 2).split(' ');
  if (fields.size() < 13) return std::nullopt;
  const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
  ProcessUsage usage;
  usage.cpuSeconds = (fields[11].toDouble() + fields[12].toDouble()) / ticks;
  for (const QByteArray& line : status->split('\n'))
    if (line.startsWith("VmHWM:")) usage.peakKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
  return usage;
}

qint64 threadCpuMicros() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<qint64>(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

}  // namespace sohoi::tools::sim
