#pragma once
// A sohoi-server child process on 127.0.0.1 with a free port, for the benchmark. Started and stopped by
// its own pid (SIGTERM, then SIGKILL if it does not stop), never by name.
#include <QProcess>
#include <QString>

namespace sohoi::tools::bench {

class ServerProcess {
 public:
  /// Starts binary on dbSpec and waits (up to timeoutMs) for "sohoi-server listening on HOST:PORT".
  bool start(const QString& binary, const QString& dbSpec, QString* error, int timeoutMs = 15000);
  /// "HOST:PORT" as the server printed it.
  QString address() const { return address_; }
  /// Stops the server (SIGTERM, then SIGKILL after a few seconds).
  void stop();
  ~ServerProcess() { stop(); }

 private:
  QProcess process_;
  QString address_;
};

}  // namespace sohoi::tools::bench
