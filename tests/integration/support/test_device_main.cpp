// sohoi-test-device: a device in its own process, so tests can kill it with SIGKILL mid-sync.
//   sohoi-test-device --server ADDR --store PATH [--code CODE] [--create N --seed S] [--sync] [--batch B]
// Enrols on first use (and downloads the org tree), saves N records offline, then runs one sync.
// Prints "pending P rejected R" and exits 0 when the sync succeeded.
#include "record_factory.h"
#include "sync/sync_client.h"
#include "sync/synchronizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace sohoi;
using namespace sohoi::client;

namespace {

int fail(const Status& status) {
  std::fprintf(stderr, "sohoi-test-device: %s\n", qPrintable(status.toString()));
  return 1;
}

Synchronizer::Options quickOptions(int batch) {
  // Tests restart servers within seconds: retry briefly instead of the field's long backoff.
  Synchronizer::Options options;
  options.pushBatchSize = batch;
  options.retry.base = std::chrono::milliseconds(50);
  options.retry.cap = std::chrono::milliseconds(200);
  options.retryBudget = 3;
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QCommandLineParser parser;
  parser.addOptions({{"server", "address", "address"}, {"store", "path", "path"}, {"code", "code", "code"},
                     {"create", "count", "count", "0"}, {"seed", "seed", "seed", "1"}, {"sync", "sync once"},
                     {"batch", "push batch size", "count", "500"}});
  parser.process(app);

  Status status;
  auto store = LocalStore::open(parser.value("store"), &status);
  if (!store) return fail(status);
  SyncClient client(parser.value("server"));
  const Synchronizer::Options options = quickOptions(parser.value("batch").toInt());
  if (!store->account().isEnrolled()) {
    status = enrolDevice(store.get(), &client, parser.value("code"), QStringLiteral("test"), parser.value("server"));
    if (!status.isOk()) return fail(status);
    client.setCredential(store->account().credential);
    if (SyncOutcome first = Synchronizer(store.get(), &client, options).runOnce(); !first.ok())
      return fail(first.status);
  }
  client.setCredential(store->account().credential);

  if (const int count = parser.value("create").toInt(); count > 0) {
    tools::sim::RecordFactory factory(parser.value("seed").toULongLong(), store->account().unitId);
    if (status = factory.createRecords(store.get(), count); !status.isOk()) return fail(status);
  }
  if (parser.isSet("sync")) {
    if (SyncOutcome outcome = Synchronizer(store.get(), &client, options).runOnce(); !outcome.ok())
      return fail(outcome.status);
  }
  std::printf("pending %d rejected %d\n", store->pendingCount(), store->rejectedCount());
  return 0;
}
