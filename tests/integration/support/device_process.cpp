#include "device_process.h"

namespace sohoi::testing {

std::unique_ptr<QProcess> startDevice(const QStringList& arguments) {
  auto process = std::make_unique<QProcess>();
  process->setProcessChannelMode(QProcess::MergedChannels);
  process->start(QStringLiteral(SOHOI_TEST_DEVICE_BINARY), arguments);
  process->waitForStarted();
  return process;
}

int runDevice(const QStringList& arguments, QString* output) {
  auto process = startDevice(arguments);
  const bool finished = process->waitForFinished(60000);
  if (!finished) process->kill();
  process->waitForFinished();
  if (output) *output = QString::fromUtf8(process->readAll());
  return finished && process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
}

}  // namespace sohoi::testing
