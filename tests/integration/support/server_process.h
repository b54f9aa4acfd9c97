#pragma once
// A real sohoi-server child process on loopback for integration tests. It is stopped by its own pid
// (never by name), with SIGKILL when a test wants a crash.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace sohoi::testing {

class ServerProcess {
 public:
  /// Starts the server on the given database; port 0 picks a free loopback port; extra: more arguments
  /// (e.g. --tls-cert). REQUIRES: binary built.
  explicit ServerProcess(QString dbSpec, quint16 port = 0, QStringList extra = {});
  ~ServerProcess();

  /// Waits for the "listening on" line; false (with the server's output in error()) when it never came.
  bool start();
  /// SIGTERM, then wait: a clean shutdown.
  void stop();
  /// Sends SIGTERM and returns at once.
  void terminate();
  /// Waits (up to timeoutMs, a failure guard) for the exit; the exit code, or -1 after a crash or timeout.
  int waitForExit(int timeoutMs);
  /// Waits (up to timeoutMs) until the server has printed text; false when it did not.
  bool waitForOutput(const QString& text, int timeoutMs);
  /// SIGKILL to the server's pid: it gets no chance to finish anything. Returns the signal that ended it
  /// (SIGKILL), or 0 when it was not running or ended some other way.
  int kill();
  bool running() const;

  QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port_); }
  quint16 port() const { return port_; }
  /// The server's process id while it runs (for tools that watch it, like sohoi-sim --server-pid).
  qint64 pid() const { return process_ ? process_->processId() : 0; }
  QString output() const { return output_; }

 private:
  QString dbSpec_;
  quint16 port_;
  QStringList extra_;
  std::unique_ptr<QProcess> process_;
  QString output_;
};

/// Runs sohoi-admin with the arguments; returns its exit code and fills its standard output.
int runAdmin(const QStringList& arguments, QString* output = nullptr);

/// Loads 2020 baselines with sohoi-admin load-baselines: rows as in its CSV file, without the header
/// ("05449-1,2020,1000,1200,0,1,0,0\n"). Returns its exit code and fills its output.
int loadBaselines(const QString& dbSpec, const QByteArray& rows, QString* output = nullptr);

/// A fresh database spec (SQLite in dir, or PostgreSQL: tests/support/test_database.h) loaded with the demo
/// province.
QString demoDatabase(const QString& dir);

}  // namespace sohoi::testing
