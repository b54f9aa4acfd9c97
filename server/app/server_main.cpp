// sohoi-server --db sqlite:PATH|postgresql://USER@HOST:PORT/DB [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]
//              [--workers N] [--queue N]
// Prints one line once it serves: "sohoi-server listening on HOST:PORT (db SPEC, epoch E)".
#include "net/grpc_process.h"
#include "report/headless_gui.h"
#include "rpc/server_runner.h"
#include "storage/database.h"
#include "storage/meta_repository.h"
#include "storage/storage_error.h"
#include "storage/sqlite_process.h"
#include "storage/transaction.h"

#include <QGuiApplication>
#include <QTextStream>
#include <csignal>
#include <malloc.h>
#include <optional>
#include <cstdlib>
#include <cstdio>
#include <pthread.h>

using namespace sohoi::server;

namespace {

const char* const kUsage =
    "Cách dùng / Usage: sohoi-server --db sqlite:PATH|postgresql://USER@HOST:PORT/DB [--listen HOST:PORT] "
    "[--tls-cert FILE --tls-key FILE] [--workers N] [--queue N]\n"
    "  --workers N  luồng xử lý, mỗi luồng một kết nối CSDL / worker threads, one database connection each\n"
    "               (mặc định / default: SQLite 2 mỗi lõi / per core, 2..8; PostgreSQL 4, 4..16)\n"
    "  --queue N    cuộc gọi chờ tối đa; quá thì trả lời \"máy chủ đang bận\" kèm thời gian chờ /\n"
    "               calls that may wait; beyond, devices are told the server is busy and when to come back\n"
    "               (mặc định / default: 256 mỗi luồng / per worker)\n";

// A whole number of at least min, as a flag's value; nullopt otherwise.
std::optional<int> parseCount(const QString& text, int min) {
  bool ok = false;
  const int value = text.toInt(&ok);
  return ok && value >= min ? std::optional(value) : std::nullopt;
}

}  // namespace

int main(int argc, char* argv[]) {
  // glibc gives busy threads arenas of their own (up to eight a core) and memory freed in one arena serves
  // only that one: after a burst of calls across gRPC's threads and the workers, the heap stayed far larger
  // than what it held. Two arenas are enough for the few threads that allocate at the same moment.
  mallopt(M_ARENA_MAX, 2);
  sohoi::storage::configureSqliteProcess();
  sohoi::net::configureGrpcProcess();
  // Block SIGTERM/SIGINT before gRPC starts its threads, so only sigwait() below receives them and the
  // shutdown runs on an ordinary thread rather than in a signal handler.
  sigset_t stopSignals;
  sigemptyset(&stopSignals);
  sigaddset(&stopSignals, SIGTERM);
  sigaddset(&stopSignals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

  // Qt SQL loads its drivers as plugins; ExportReport's PDF needs fonts, hence a GUI application on the
  // offscreen platform (report/headless_gui.h).
  useOffscreenPlatform();
  QGuiApplication app(argc, argv);
  QTextStream err(stderr);
  QString dbSpec;
  ServerOptions options;
  const QStringList args = app.arguments().mid(1);
  for (qsizetype i = 0; i < args.size(); ++i) {
    const QString& arg = args.at(i);
    const bool hasValue = i + 1 < args.size();
    if (arg == QLatin1String("--db") && hasValue) dbSpec = args.at(++i);
    else if (arg == QLatin1String("--listen") && hasValue) options.listen = args.at(++i);
    else if (arg == QLatin1String("--tls-cert") && hasValue) options.tlsCertFile = args.at(++i);
    else if (arg == QLatin1String("--tls-key") && hasValue) options.tlsKeyFile = args.at(++i);
    else if (arg == QLatin1String("--workers") && hasValue && (options.workers = parseCount(args.at(++i), 1)))
      continue;
    else if (arg == QLatin1String("--queue") && hasValue &&
             (options.queueCapacity = parseCount(args.at(++i), 0)))
      continue;
    else {
      err << QStringLiteral("Tham số không hợp lệ / Invalid argument: %1\n").arg(arg) << kUsage;
      return 2;
    }
  }
  if (dbSpec.isEmpty()) {
    err << kUsage;
    return 2;
  }
  if (options.tlsCertFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
    err << QStringLiteral("Cần cả --tls-cert và --tls-key / Both --tls-cert and --tls-key are needed\n");
    return 2;
  }

  QString error;
  std::unique_ptr<Database> database = Database::open(dbSpec, &error);
  if (!database) {
    err << error << Qt::endl;
    return 1;
  }
  QString epoch;
  try {
    Transaction tx(*database, Transaction::Mode::Read);
    epoch = MetaRepository(tx).epoch();
    tx.commit();
  } catch (const StorageError& failure) {
    err << failure.what() << Qt::endl;
    return 1;
  }

  ServerRunner runner(*database);
  if (!runner.start(options, &error)) {
    err << error << Qt::endl;
    return 1;
  }
  std::printf("sohoi-server listening on %s (db %s, epoch %s)\n", runner.boundAddress().toUtf8().constData(),
              dbSpec.toUtf8().constData(), epoch.toUtf8().constData());
  std::fflush(stdout);

  int received = 0;
  sigwait(&stopSignals, &received);
  std::fprintf(stderr, "sohoi-server: signal %d, shutting down\n", received);
  if (!runner.drain()) {
    // Devices still hold idle connections. Every answer is sent and every write committed, so end here
    // rather than wait for them: they see the connection close and reconnect to the next server.
    std::fflush(nullptr);
    std::_Exit(0);
  }
  runner.shutdown();
  runner.wait();
  return 0;
}
