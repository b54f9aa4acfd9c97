// sohoi-sim --server HOST:PORT --admin-user NAME --admin-password-file FILE|- --devices N --records M
//           [--seed S] [--edits] [--keep DIR] [--threads T] [--concurrent C]
//           [--fleet [--server-pid PID] [--connection-per-device] [--cpu-turns]]
// A headless load generator built on the device library; it speaks to the server only over gRPC, like
// its devices. Signed in with an account (as staff at a desktop), it learns the org tree and issues N
// enrolment codes; then it enrols N devices and saves M records on each offline (on T threads), syncs
// them all at once and prints one line:
//   devices 5 records 1000 accepted 1000 rejected 0 seconds 0.84 bytes_per_record 97 concurrent 5
//   p50_ms 310 p99_ms 820 max_ms 830
// records counts every version saved across devices (with --edits, corrections too); seconds is the
// wall time of the concurrent sync; bytes_per_record is serialized push request bytes / records.
// "At once" (DESIGN §7) means every device has its own thread and they all start together at a gate;
// --concurrent C instead runs C at a time (each next device starts when one finishes). concurrent says
// how many ran together. p50/p99/max are per-device sync latencies (one push + pull run), each measured
// from when that device's own sync started.
// A second line counts the calls devices sent again: after the server said it was busy (and when to come
// back), and after other transient failures:
//   busy_waits 12 retries 0
// Exits 1 when any record was lost (accepted + rejected != records, or anything left pending).
// --fleet instead runs the fleet benchmark (fleet_run.h): a first sync and a daily sync of M records,
// each with every device at once, then checks the server holds exactly what the devices made; with
// --server-pid it reads the server's CPU and peak memory too (same machine). There --concurrent C staggers
// only the first sync, so a server that cannot enrol every device at once can still be measured daily.
// --connection-per-device makes each device dial its own connection in each phase, as tablets do; by
// default they share one. --cpu-turns lets devices compute only in turns on the simulator's CPUs
// (cpu_turns.h) and adds each phase's latencies less the waits for a turn.
#include "fleet_run.h"
#include "latencies.h"
#include "parallel.h"
#include "password_file.h"
#include "sim_device.h"
#include "staff_desk.h"
#include "start_gate.h"
#include "net/grpc_process.h"
#include "storage/sqlite_process.h"
#include "sync/sync_client.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>

using namespace sohoi;
using namespace sohoi::client;
using namespace sohoi::tools;

namespace {

const char* const kUsage =
    "Cách dùng / Usage: sohoi-sim --server HOST:PORT --admin-user NAME --admin-password-file FILE|-\n"
    "                   --devices N --records M [--seed S] [--edits] [--keep DIR] [--threads T] [--concurrent C]\n"
    "                   [--fleet [--server-pid PID] [--connection-per-device] [--cpu-turns]]\n"
    "  --fleet: lần đồng bộ đầu rồi đồng bộ hằng ngày M hồ sơ, mọi thiết bị cùng lúc / a first sync, then a\n"
    "  daily sync of M records, every device at once; --server-pid: đọc CPU và bộ nhớ máy chủ / read the\n"
    "  server's CPU and memory; --concurrent C: chỉ lần đồng bộ đầu, C thiết bị một lúc / the first sync only,\n"
    "  C devices at a time; --connection-per-device: mỗi thiết bị tự mở kết nối, như máy tính bảng thật /\n"
    "  each device dials its own connection, as real tablets do; --cpu-turns: thiết bị tính lần lượt\n"
    "  trên CPU của trình mô phỏng, in thêm độ trễ trừ thời gian chờ lượt / devices compute in turns on\n"
    "  the simulator's CPUs, and the latencies less the waits for a turn are printed too\n"
    "  Tài khoản quản trị tạo bằng / the account is made with: sohoi-admin --db DBSPEC create-account\n"
    "  --username NAME --person TÊN --unit GỐC/ROOT --role administrator --password-file FILE\n";

struct Options {
  QString server;
  QString adminUser;
  QString adminPasswordFile;
  int devices = 0;
  int records = 0;
  quint64 seed = 1;
  bool edits = false;
  QString keep;
  int threads = 0;     // for enrolling and filling devices
  int concurrent = 0;  // devices syncing together; 0: all of them
  bool fleet = false;
  qint64 serverPid = 0;
  bool connectionPerDevice = false;  // with --fleet only
  bool cpuTurns = false;             // with --fleet only
};

bool parse(const QStringList& args, Options* options) {
  for (qsizetype i = 0; i < args.size(); ++i) {
    const QString& arg = args.at(i);
    const bool hasValue = i + 1 < args.size();
    bool ok = true;
    if (arg == QLatin1String("--edits")) options->edits = true;
    else if (arg == QLatin1String("--fleet")) options->fleet = true;
    else if (arg == QLatin1String("--connection-per-device")) options->connectionPerDevice = true;
    else if (arg == QLatin1String("--cpu-turns")) options->cpuTurns = true;
    else if (!hasValue) return false;
    else if (arg == QLatin1String("--server")) options->server = args.at(++i);
    else if (arg == QLatin1String("--admin-user")) options->adminUser = args.at(++i);
    else if (arg == QLatin1String("--admin-password-file")) options->adminPasswordFile = args.at(++i);
    else if (arg == QLatin1String("--devices")) options->devices = args.at(++i).toInt(&ok);
    else if (arg == QLatin1String("--records")) options->records = args.at(++i).toInt(&ok);
    else if (arg == QLatin1String("--seed")) options->seed = args.at(++i).toULongLong(&ok);
    else if (arg == QLatin1String("--keep")) options->keep = args.at(++i);
    else if (arg == QLatin1String("--threads")) options->threads = args.at(++i).toInt(&ok);
    else if (arg == QLatin1String("--concurrent")) options->concurrent = args.at(++i).toInt(&ok);
    else if (arg == QLatin1String("--server-pid")) options->serverPid = args.at(++i).toLongLong(&ok);
    else return false;
    if (!ok) return false;
  }
  return !options->server.isEmpty() && !options->adminUser.isEmpty() &&
         !options->adminPasswordFile.isEmpty() && options->devices > 0 && options->records >= 0 &&
         options->concurrent >= 0 && options->serverPid >= 0 &&
         (options->fleet || (!options->connectionPerDevice && !options->cpuTurns));
}

// N branches chosen deterministically from the seed; more devices than branches share branches.
std::vector<QString> pickBranches(const std::vector<OrgUnit>& units, int count, quint64 seed) {
  std::vector<QString> branches;
  for (const OrgUnit& unit : units)
    if (unit.level == UnitLevel::Branch) branches.push_back(unit.id);
  std::sort(branches.begin(), branches.end());
  std::mt19937_64 random(seed);
  std::shuffle(branches.begin(), branches.end(), random);
  std::vector<QString> picked;
  for (int i = 0; i < count && !branches.empty(); ++i) picked.push_back(branches[static_cast<size_t>(i) % branches.size()]);
  return picked;
}

// The staff work over AdminService: a branch and an enrolment code for every device.
bool issueCodes(const std::shared_ptr<grpc::Channel>& channel, const Options& options, const QString& password,
                std::vector<sim::SimDevice>* devices, QString* error) {
  std::unique_ptr<sim::StaffDesk> desk =
      sim::StaffDesk::signIn(channel, options.adminUser, password, QStringLiteral("sohoi-sim"), error);
  if (!desk) return false;
  const std::optional<std::vector<OrgUnit>> units = desk->units(error);
  if (!units) return false;
  const std::vector<QString> branches = pickBranches(*units, options.devices, options.seed);
  if (branches.empty()) {
    *error = QStringLiteral("Cây tổ chức không có chi hội nào / The org tree has no branch (try: sohoi-admin --db DBSPEC "
                            "demo)");
    return false;
  }
  for (int i = 0; i < options.devices; ++i) {
    sim::SimDevice& device = (*devices)[static_cast<size_t>(i)];
    device.unitId = branches[static_cast<size_t>(i)];
    device.seed = options.seed * 1000003 + static_cast<quint64>(i);
    const std::optional<QString> code =
        desk->issueCode(device.unitId, QStringLiteral("Chi hội trưởng mô phỏng %1").arg(i + 1), error);
    if (!code) return false;
    device.code = *code;
  }
  return true;
}

// The whole run; what main returns.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  Options options;
  if (!parse(arguments, &options)) {
    err << kUsage;
    return 2;
  }

  QString error;
  // Read once: "-" is standard input, which the fleet's end check could not read a second time.
  const std::optional<QString> password = sim::readPasswordFile(options.adminPasswordFile, &error);
  const auto channel = SyncClient::makeChannel(options.server);
  std::vector<sim::SimDevice> devices(static_cast<size_t>(options.devices));
  if (!password || !issueCodes(channel, options, *password, &devices, &error)) {
    err << error << Qt::endl;
    return 1;
  }

  QTemporaryDir temporary;
  QString folder = temporary.path();
  if (!options.keep.isEmpty()) {
    QDir().mkpath(options.keep);
    folder = options.keep;
  }
  for (int i = 0; i < options.devices; ++i)
    devices[static_cast<size_t>(i)].storePath = QDir(folder).filePath(QStringLiteral("device-%1.sqlite").arg(i + 1));

  // Small enough for a 2-core machine, large enough that network waits overlap.
  const int threads = options.threads > 0 ? options.threads : std::clamp(2 * QThread::idealThreadCount(), 4, 16);
  if (options.fleet)
    return sim::runFleet(channel, devices,
                         {options.server, options.adminUser, *password, options.records, options.edits, threads,
                          options.serverPid, options.concurrent, options.connectionPerDevice, options.cpuTurns},
                         out, err);

  std::atomic<int> failures{0};
  sim::parallelFor(options.devices, threads, [&](int i) {
    sim::SimDevice& device = devices[static_cast<size_t>(i)];
    if (!device.prepare(channel, options.server, options.records, options.edits).isOk()) ++failures;
  });
  for (const sim::SimDevice& device : devices)
    if (!device.status.isOk()) {
      err << QStringLiteral("device %1: %2").arg(device.storePath, device.status.toString()) << Qt::endl;
      return 1;
    }

  const int concurrent = options.concurrent > 0 ? std::min(options.concurrent, options.devices) : options.devices;
  sim::StartGate gate(concurrent);
  QElapsedTimer timer;
  timer.start();
  sim::parallelFor(options.devices, concurrent, [&](int i) {
    devices[static_cast<size_t>(i)].sync(channel, sim::DeviceHolds{[&] { gate.arriveAndWait(); }, {}});
  });
  const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

  qint64 records = 0, accepted = 0, rejected = 0, pending = 0, pushBytes = 0, busyWaits = 0, retries = 0;
  std::vector<qint64> latencies;
  for (const sim::SimDevice& device : devices) {
    if (!device.status.isOk())
      err << QStringLiteral("device %1: %2").arg(device.storePath, device.status.toString()) << Qt::endl;
    records += device.saved;
    accepted += device.acknowledged;
    rejected += device.rejected;
    pending += device.pending;
    pushBytes += device.summary.pushRequestBytes;
    busyWaits += device.summary.busyWaits;
    retries += device.summary.retries;
    latencies.push_back(device.summary.elapsedMs);
  }
  std::sort(latencies.begin(), latencies.end());
  const qint64 bytesPerRecord = records > 0 ? (pushBytes + records / 2) / records : 0;
  out << QStringLiteral("devices %1 records %2 accepted %3 rejected %4 seconds %5 bytes_per_record %6 concurrent %7 "
                        "p50_ms %8 p99_ms %9 max_ms %10")
             .arg(options.devices)
             .arg(records)
             .arg(accepted)
             .arg(rejected)
             .arg(seconds, 0, 'f', 2)
             .arg(bytesPerRecord)
             .arg(concurrent)
             .arg(sim::percentile(latencies, 0.50))
             .arg(sim::percentile(latencies, 0.99))
             .arg(latencies.back())
      << Qt::endl;
  out << QStringLiteral("busy_waits %1 retries %2").arg(busyWaits).arg(retries) << Qt::endl;
  return accepted + rejected == records && pending == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char* argv[]) {
  sohoi::storage::configureSqliteProcess();  // before its devices' threads open their stores
  sohoi::net::configureGrpcProcess();
  QCoreApplication app(argc, argv);
  QTextStream out(stdout);
  QTextStream err(stderr);
  const int code = run(app.arguments().mid(1), out, err);  // every store closed, the temporary folder gone
  // Leave without the teardown that follows: about once in a hundred runs beside other load, Qt SQL's
  // exit routine (run by ~QCoreApplication) never returned after many threads had opened and closed their
  // devices' stores, and whoever waited for the simulator (a shell, a test) waited with it.
  out.flush();
  err.flush();
  std::fflush(nullptr);
  std::_Exit(code);
}
