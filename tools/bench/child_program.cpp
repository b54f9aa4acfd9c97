#include "child_program.h"

#include <QFileInfo>
#include <QProcess>

namespace sohoi::tools::bench {

QString ChildResult::describe(const QString& program) const {
  return QStringLiteral("%1 (mã thoát / exit code %2): %3%4")
      .arg(QFileInfo(program).fileName())
      .arg(exitCode)
      .arg(standardOutput, standardError);
}

ChildResult runChild(const QString& program, const QStringList& arguments, int timeoutMs) {
  QProcess process;
  process.start(program, arguments);
  ChildResult result;
  if (!process.waitForStarted(timeoutMs)) {
    result.standardError = process.errorString();
    return result;
  }
  const bool finished = process.waitForFinished(timeoutMs);
  if (!finished) {
    process.kill();  // SIGKILL to this child's pid
    process.waitForFinished(2000);
  }
  result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
  result.standardError = QString::fromUtf8(process.readAllStandardError());
  if (finished && process.exitStatus() == QProcess::NormalExit) result.exitCode = process.exitCode();
  return result;
}

}  // namespace sohoi::tools::bench
