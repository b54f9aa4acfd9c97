#pragma once
// Runs sohoi-test-device (a device in its own process) so that tests can kill it mid-sync.
#include <QProcess>
#include <QStringList>
#include <memory>

namespace sohoi::testing {

/// Runs the device to completion; returns its exit code (-1 if it crashed or hung past a minute).
int runDevice(const QStringList& arguments, QString* output = nullptr);
/// Starts the device and returns at once; the caller kills or waits for it.
std::unique_ptr<QProcess> startDevice(const QStringList& arguments);

}  // namespace sohoi::testing
