// sohoi-bench [--records N] [--sync-records M] [--keep DIR] [--db SPEC]
// Prints, in one run: server ingest (records/s, one device pushing N records in batches of 500 to a child
// sohoi-server on loopback with a fresh SQLite database), the same rows bulk-inserted straight into
// SQLite (the limit) and the ratio, the time of one sync of M new records from one device, and bytes per
// record on the wire next to the raw protobuf size of a record version.
// It works like an operator and a device, never opening the server's database (DESIGN §6): sohoi-admin
// prepares the fresh database (the small demo, an administrator account) before the server starts, the
// enrolment codes come over AdminService, and the server-side figures come from sohoi-ingest-bench, run
// on the very batches the device pushed (left in DIR/push-batches.bin with --keep).
// --db SPEC: the child server's database instead of a fresh SQLite file, e.g. an empty PostgreSQL database
// (postgresql://USER@HOST:PORT/DB), for the end-to-end figures on PostgreSQL (sohoi-ingest-bench's own figures
// stay on SQLite: it needs an empty database of its own).
#include "child_program.h"
#include "push_batch_file.h"
#include "record_factory.h"
#include "server_process.h"
#include "staff_desk.h"

#include "sohoi/v1/records.pb.h"
#include "store/local_store.h"
#include "sync/sync_client.h"
#include "sync/synchronizer.h"
#include "wire/record_codec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
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
constexpr int kChildTimeoutMs = 5 * 60 * 1000;
const QString kAdminUser = QStringLiteral("bench");

// A password only this run knows, long enough for any account policy.
QString newPassword() {
  static const char kAlphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  QString password;
  for (int i = 0; i < 24; ++i)
    password += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof(kAlphabet) - 1))]);
  return password;
}

// The operator's part, before the server starts: the small demo province and an administrator account at
// its root (19, Tỉnh Thái Nguyên), both made by sohoi-admin.
bool prepareDatabase(const QString& dbSpec, const QDir& folder, const QString& password, QString* error) {
  const QString passwordFile = folder.filePath(QStringLiteral("admin.password"));
  QFile file(passwordFile);
  // Only this user may read it, as an operator would keep it (--keep leaves it behind).
  if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
      file.write(password.toUtf8() + '\n') < 0) {
    *error = QStringLiteral("Không ghi được tệp %1 / Cannot write file %1").arg(passwordFile);
    return false;
  }
  file.close();
  const QList<QStringList> steps{
      {QStringLiteral("demo"), QStringLiteral("--small"), QStringLiteral("--no-plan")},  // sync alone: no figures
      {QStringLiteral("create-account"), QStringLiteral("--username"), kAdminUser, QStringLiteral("--person"),
       QStringLiteral("Nguyễn Thị Bench"), QStringLiteral("--unit"), QStringLiteral("19"), QStringLiteral("--role"),
       QStringLiteral("administrator"), QStringLiteral("--password-file"), passwordFile}};
  for (const QStringList& step : steps) {
    const bench::ChildResult run =
        bench::runChild(QStringLiteral(SOHOI_ADMIN_BINARY), QStringList{QStringLiteral("--db"), dbSpec} + step,
                        kChildTimeoutMs);
    if (run.exitCode != 0) {
      *error = run.describe(QStringLiteral(SOHOI_ADMIN_BINARY));
      return false;
    }
  }
  return true;
}

// The staff work over AdminService: a branch of the tree and two enrolment codes for it.
bool issueCodes(const QString& address, const QString& password, QString* unitId, QStringList* codes,
                QString* error) {
  std::unique_ptr<sim::StaffDesk> desk =
      sim::StaffDesk::signIn(SyncClient::makeChannel(address), kAdminUser, password, QStringLiteral("sohoi-bench"), error);
  if (!desk) return false;
  const std::optional<std::vector<OrgUnit>> units = desk->units(error);
  if (!units) return false;
  for (const OrgUnit& unit : *units)
    if (unit.level == UnitLevel::Branch && unitId->isEmpty()) *unitId = unit.id;
  for (const QString& person : {QStringLiteral("Nguyễn Thị Bench"), QStringLiteral("Trần Thị Bench")}) {
    const std::optional<QString> code = desk->issueCode(*unitId, person, error);
    if (!code) return false;
    *codes << *code;
  }
  return true;
}

int fail(QTextStream& err, const QString& message) {
  err << "sohoi-bench: " << message << Qt::endl;
  return 1;
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QTextStream out(stdout), err(stderr);
  int records = 20000, syncRecords = 1000;
  QString keep, dbSpec;
  const QStringList args = app.arguments().mid(1);
  for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
    if (args[i] == QLatin1String("--records")) records = args[i + 1].toInt();
    else if (args[i] == QLatin1String("--sync-records")) syncRecords = args[i + 1].toInt();
    else if (args[i] == QLatin1String("--keep")) keep = args[i + 1];
    else if (args[i] == QLatin1String("--db")) dbSpec = args[i + 1];
  }
  QTemporaryDir temporary;
  const QDir folder(keep.isEmpty() ? temporary.path() : keep);
  QDir().mkpath(folder.path());
  const QString serverDb =
      dbSpec.isEmpty() ? QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("server.sqlite")) : dbSpec;

  QString error, unitId;
  QStringList codes;
  const QString password = newPassword();
  if (!prepareDatabase(serverDb, folder, password, &error)) return fail(err, error);
  bench::ServerProcess server;
  if (!server.start(QStringLiteral(SOHOI_SERVER_BINARY), serverDb, &error)) return fail(err, error);
  if (!issueCodes(server.address(), password, &unitId, &codes, &error)) return fail(err, error);

  BenchDevice ingest;
  if (!prepareDevice(&ingest, folder.filePath(QStringLiteral("ingest.sqlite")), server.address(), codes.at(0), unitId,
                     records, &error))
    return fail(err, error);
  const std::vector<Mutation> mutations = ingest.store->mutationsFrom(1, records);
  const QString batchFile = folder.filePath(QStringLiteral("push-batches.bin"));
  if (!bench::writePushBatches(batchFile, mutations, kBatch, &error)) return fail(err, error);
  const SyncOutcome pushed = Synchronizer(ingest.store.get(), ingest.client.get()).runOnce();
  if (!pushed.ok() || pushed.summary.accepted != records) return fail(err, pushed.status.toString());
  const double ingestPerSecond = records / (static_cast<double>(std::max<qint64>(1, pushed.summary.pushMs)) / 1000.0);
  const double wireBytes = static_cast<double>(pushed.summary.pushRequestBytes) / records;

  // The sync device's first run downloads the ingest device's records too, so the timed run below moves
  // only its own new records (up, then back down).
  BenchDevice sync;
  if (!prepareDevice(&sync, folder.filePath(QStringLiteral("sync.sqlite")), server.address(), codes.at(1), unitId,
                     syncRecords, &error))
    return fail(err, error);
  const SyncOutcome synced = Synchronizer(sync.store.get(), sync.client.get()).runOnce();
  if (!synced.ok()) return fail(err, synced.status.toString());
  server.stop();

  out << QStringLiteral("sohoi-bench (%1 build): one device, %2 records, batches of 500, sohoi-server on %3 with %4")
             .arg(QStringLiteral(SOHOI_BUILD_TYPE)).arg(records).arg(server.address())
             .arg(dbSpec.isEmpty() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))
      << Qt::endl;
  out << QStringLiteral("one_device_push_records_per_s %1 (end to end over gRPC)").arg(ingestPerSecond, 0, 'f', 0)
      << Qt::endl;
  // The server-side figures, from the server's own benchmark on the batches just pushed, in the same lines.
  const bench::ChildResult serverSide = bench::runChild(
      QStringLiteral(SOHOI_INGEST_BENCH_BINARY),
      {QStringLiteral("--batches"), batchFile, QStringLiteral("--keep"), folder.path(),
       QStringLiteral("--end-to-end-records-per-s"), QString::number(ingestPerSecond, 'f', 3)},
      kChildTimeoutMs);
  if (serverSide.exitCode != 0) return fail(err, serverSide.describe(QStringLiteral(SOHOI_INGEST_BENCH_BINARY)));
  out << serverSide.standardOutput;
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
