// sohoi-test-postgres start|stop STATE_FILE: one PostgreSQL for a whole CTest run (a fixture's setup and
// cleanup), so that test processes do not each pay for an initdb. start writes "PORT PID FOLDER" to
// STATE_FILE; the tests find the server through SOHOI_TEST_POSTGRES=STATE_FILE; stop ends it by its pid.
#include "postgres_instance.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <cstdio>
#include <exception>

using sohoi::testing::PostgresInstance;

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() != 3 || (args[1] != QLatin1String("start") && args[1] != QLatin1String("stop"))) {
    std::fprintf(stderr, "usage: sohoi-test-postgres start|stop STATE_FILE\n");
    return 2;
  }
  const QString stateFile = args[2];
  // A server an interrupted run left behind is stopped before a new one starts.
  if (QFile state(stateFile); state.open(QIODevice::ReadOnly)) {
    const QStringList fields = QString::fromUtf8(state.readAll()).trimmed().split(QLatin1Char(' '));
    state.remove();
    if (fields.size() == 3) PostgresInstance::stop(fields[1].toLongLong(), fields[2]);
  }
  if (args[1] == QLatin1String("stop")) return 0;
  try {
    PostgresInstance instance;
    QSaveFile state(stateFile);
    if (!state.open(QIODevice::WriteOnly)) return 1;
    state.write(QStringLiteral("%1 %2 %3\n").arg(instance.port()).arg(instance.pid()).arg(instance.folder()).toUtf8());
    if (!state.commit()) return 1;
    instance.keepRunning();
    std::printf("PostgreSQL for the tests on 127.0.0.1:%u\n", instance.port());
    return 0;
  } catch (const std::exception& failure) {
    std::fprintf(stderr, "%s\n", failure.what());
    return 1;
  }
}
