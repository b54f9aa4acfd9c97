// sohoi-bench [--records N] [--sync-records M] [--keep DIR]
// Prints, in one run: server ingest (records/s, one device pushing N records in batches of 500 to a child
// sohoi-server on loopback with a fresh SQLite database), the same rows bulk-inserted straight into
// SQLite (the limit) and the ratio, the time of one sync of M new records from one device, and bytes per
// record on the wire next to the raw protobuf size of a record version.
#include "raw_insert.h"
#include "record_factory.h"
#include "server_admin.h"
#include "server_ingest.h"
#include "server_process.h"
#include "sohoi/v1/records.pb.h"
#include "store/local_store.h"
#include "sync/sync_client.h"
#include "sync/synchronizer.h"
#include "wire/record_codec.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sohoi;
using namespace sohoi::client;
using namespace sohoi::tools;

namespace {

struct BenchDevice {
  std::unique_ptr<LocalStore> store;
  std::unique_ptr<SyncClient> client;
};

// Enrols a device with code, downloads the tree and saves records offline.
bool prepareDevice(BenchDevice* device, const QString& path, const QString& address, const QString& code,
                   const QString& unitId, int records, QString* error) {
  Status status;
  device->store = LocalStore::open(path, &status, LocalStore::Durability::Normal);
  if (device->store) {
    device->client = std::make_unique<SyncClient>(address);
    status = enrolDevice(device->store.get(), device->client.get(), code, QStringLiteral("bench"), address);
  }
  if (status.isOk()) status = Synchronizer(device->store.get(), device->client.get()).runOnce().status;
  if (status.isOk()) status = sim::RecordFactory(42, unitId).createRecords(device->store.get(), records);
  if (!status.isOk()) *error = status.toString();
  return status.isOk();
}

// The average size of a version as protobuf, without the ids the server fills in itself.
double rawProtobufBytes(const std::vector<Mutation>& mutations) {
  qint64 total = 0;
  for (const Mutation& mutation : mutations) {
    v1::RecordVersion proto;
    toProto(mutation.version, &proto);
    proto.clear_device_id();
    proto.clear_author_id();
    total += static_cast<qint64>(proto.ByteSizeLong());
  }
  return mutations.empty() ? 0 : static_cast<double>(total) / static_cast<double>(mutations.size());
}

constexpr int kBatch = 500;  // the synchronizer's default push batch

int fail(QTextStream& err, const QString& message) {
  err << "sohoi-bench: " << message << Qt::endl;
  return 1;
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QTextStream out(stdout), err(stderr);
  int records = 20000, syncRecords = 1000;
  QString keep;
  const QStringList args = app.arguments().mid(1);
  for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
    if (args[i] == QLatin1String("--records")) records = args[i + 1].toInt();
    else if (args[i] == QLatin1String("--sync-records")) syncRecords = args[i + 1].toInt();
    else if (args[i] == QLatin1String("--keep")) keep = args[i + 1];
  }
  QTemporaryDir temporary;
  const QDir folder(keep.isEmpty() ? temporary.path() : keep);
  QDir().mkpath(folder.path());
  const QString serverDb = QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("server.sqlite"));

  // Staff work first, straight into the database, before the server holds it.
  QString error, unitId, ingestCode, syncCode;
  {
    std::unique_ptr<sim::ServerAdmin> admin = sim::ServerAdmin::open(serverDb, &error);
    if (!admin || !admin->loadDemoIfEmpty(&error)) return fail(err, error);
    for (const OrgUnit& unit : admin->units())
      if (unit.level == UnitLevel::Branch && unitId.isEmpty()) unitId = unit.id;
    const auto first = admin->issueCode(unitId, QStringLiteral("Nguyễn Thị Bench"), &error);
    const auto second = admin->issueCode(unitId, QStringLiteral("Trần Thị Bench"), &error);
    if (!first || !second) return fail(err, error);
    ingestCode = *first;
    syncCode = *second;
  }
  bench::ServerProcess server;
  if (!server.start(QStringLiteral(SOHOI_SERVER_BINARY), serverDb, &error)) return fail(err, error);

  BenchDevice ingest;
  if (!prepareDevice(&ingest, folder.filePath(QStringLiteral("ingest.sqlite")), server.address(), ingestCode, unitId,
                     records, &error))
    return fail(err, error);
  const std::vector<Mutation> mutations = ingest.store->mutationsFrom(1, records);
  const SyncOutcome pushed = Synchronizer(ingest.store.get(), ingest.client.get()).runOnce();
  if (!pushed.ok() || pushed.summary.accepted != records) return fail(err, pushed.status.toString());
  const double ingestPerSecond = records / (static_cast<double>(std::max<qint64>(1, pushed.summary.pushMs)) / 1000.0);
  const double wireBytes = static_cast<double>(pushed.summary.pushRequestBytes) / records;

  // The sync device's first run downloads the ingest device's records too, so the timed run below moves
  // only its own new records (up, then back down).
  BenchDevice sync;
  if (!prepareDevice(&sync, folder.filePath(QStringLiteral("sync.sqlite")), server.address(), syncCode, unitId,
                     syncRecords, &error))
    return fail(err, error);
  const SyncOutcome synced = Synchronizer(sync.store.get(), sync.client.get()).runOnce();
  if (!synced.ok()) return fail(err, synced.status.toString());
  server.stop();

  // The limit: the same rows into a fresh database with the server's schema.
  const QString rawPath = folder.filePath(QStringLiteral("raw.sqlite"));
  if (!sim::ServerAdmin::open(QStringLiteral("sqlite:") + rawPath, &error)) return fail(err, error);
  std::vector<RecordVersion> versions;
  versions.reserve(mutations.size());
  for (const Mutation& mutation : mutations) versions.push_back(mutation.version);
  const double rawSeconds = bench::rawBulkInsert(rawPath, versions, &error);
  if (rawSeconds < 0) return fail(err, error);
  const double rawPerSecond = records / std::max(rawSeconds, 1e-6);
  const double serverSeconds = bench::serverSideIngest(
      QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("server-side.sqlite")), mutations, kBatch, &error);
  if (serverSeconds < 0) return fail(err, error);
  const double serverPerSecond = records / std::max(serverSeconds, 1e-6);

  out << QStringLiteral("sohoi-bench (%1 build): one device, %2 records, batches of 500, sohoi-server on %3 with SQLite")
             .arg(QStringLiteral(SOHOI_BUILD_TYPE)).arg(records).arg(server.address())
      << Qt::endl;
  out << QStringLiteral("one_device_push_records_per_s %1 (end to end over gRPC)").arg(ingestPerSecond, 0, 'f', 0)
      << Qt::endl;
  out << QStringLiteral("server_ingest_records_per_s %1 (decode, validate, store; same batches)")
             .arg(serverPerSecond, 0, 'f', 0)
      << Qt::endl;
  out << QStringLiteral("sqlite_bulk_insert_records_per_s %1").arg(rawPerSecond, 0, 'f', 0) << Qt::endl;
  out << QStringLiteral("ingest_to_bulk_insert_ratio %1 (end to end %2)")
             .arg(serverPerSecond / rawPerSecond, 0, 'f', 2)
             .arg(ingestPerSecond / rawPerSecond, 0, 'f', 2)
      << Qt::endl;
  out << QStringLiteral("sync_%1_records_seconds %2 (push %3 s, pull %4 s)")
             .arg(syncRecords)
             .arg(static_cast<double>(synced.summary.elapsedMs) / 1000.0, 0, 'f', 3)
             .arg(static_cast<double>(synced.summary.pushMs) / 1000.0, 0, 'f', 3)
             .arg(static_cast<double>(synced.summary.pullMs) / 1000.0, 0, 'f', 3)
      << Qt::endl;
  out << QStringLiteral("bytes_per_record %1 (raw protobuf version %2)")
             .arg(wireBytes, 0, 'f', 0)
             .arg(rawProtobufBytes(mutations), 0, 'f', 0)
      << Qt::endl;
  return 0;
}
