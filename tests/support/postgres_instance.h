#pragma once
// A throw-away PostgreSQL server for tests: initdb into a temporary folder, started with pg_ctl on a free
// loopback port (and a Unix socket in that folder only), stopped by its pid when the object goes, unless
// kept running for a whole CTest run (sohoi-test-postgres). Run as `nobody` when the tests run as root,
// since PostgreSQL refuses to run as root. Missing PostgreSQL binaries are an error, not a skip: CI
// installs them (scripts/setup.sh).
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace sohoi::testing {

class PostgresInstance {
 public:
  /// Starts a server; throws std::runtime_error saying what failed (with the server's log).
  PostgresInstance();
  /// Stops the server (fast shutdown) and waits for it to go.
  ~PostgresInstance();
  PostgresInstance(const PostgresInstance&) = delete;
  PostgresInstance& operator=(const PostgresInstance&) = delete;

  /// The one instance of this test process, started on first use and stopped at exit.
  static PostgresInstance& shared();

  /// Creates an empty database and returns its spec, "postgresql://USER@127.0.0.1:PORT/NAME".
  QString createDatabase() { return createDatabaseAt(port_); }
  /// The same on the test server listening on port (one this process did not start).
  static QString createDatabaseAt(quint16 port);
  /// Runs statement (CREATE or DROP DATABASE: no bound values there, so only names made by the tests) on
  /// the maintenance database of the test server on port; throws on failure.
  static void runMaintenance(quint16 port, const QString& statement);
  /// Stops the server started with pid in folder and removes the folder.
  static void stop(qint64 pid, const QString& folder);

  /// Stops the server as an outage would (clients are cut off) and keeps its data; start() brings it back.
  void halt();
  /// Starts the server again after halt(), on the same port with the same data; throws as the constructor.
  void start();

  quint16 port() const { return port_; }
  qint64 pid() const { return pid_; }
  QString folder() const { return dir_.path(); }
  /// Leaves the server running and its folder in place when this object goes.
  void keepRunning();

 private:
  QString run(const QString& program, const QStringList& arguments);
  QString binary(const QString& name) const;

  QTemporaryDir dir_;
  QString binDir_;
  quint16 port_ = 0;
  qint64 pid_ = 0;
};

}  // namespace sohoi::testing
