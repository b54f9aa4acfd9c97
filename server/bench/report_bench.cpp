// sohoi-report-bench: the plan's figures on the server at province scale (issue 3's numbers).
//   progress_build_ms                   ProgressService built from a database of N records
//   progress_query_ms                   the whole province, every indicator, with its districts (mean)
//   progress_query_after_push_ms        the same, right after a 500-record push from a branch's tablet
//                                       (recounts what changed)
//   progress_query_after_other_push_ms  the same after a push the service was not told of, as another
//                                       server process's (read from the change feed, then recounted)
//   ingest_records_per_s_without/with   PushProcessor batches of 500, alternating without and with the
//                                       incremental update, on the same database (median batch)
//   progress_update_us_per_record       the time the update itself takes on the pushing thread
// Prints figures only; no thresholds (targets: < 50 ms per query, ingest slowed by < 20%).
#include "admin/demo_writer.h"
#include "admin/plan_commands.h"
#include "admin/realistic_demo.h"
#include "report/progress_service.h"
#include "storage/database.h"
#include "storage/org_unit_repository.h"
#include "storage/plan_repository.h"
#include "storage/transaction.h"
#include "sync/enrolment.h"
#include "sync/push_processor.h"

#include "ids/uuid7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace sohoi;
using namespace sohoi::server;

namespace {

int fail(QTextStream& err, const QString& message) {
  err << "sohoi-report-bench: " << message << Qt::endl;
  return 1;
}

RecordVersion pushed(const QString& unit, int i) {
  RecordVersion version;
  version.recordId = newUuid7();
  version.versionId = newUuid7();
  version.unitId = unit;
  version.hlc = makeHlc(QDateTime(QDate(2021, 6, 1), QTime(8, 0)).toMSecsSinceEpoch(), static_cast<quint16>(i));
  const QDate day = QDate(2021, 1, 1).addDays(i % 300);
  if (i % 3 == 0) {
    version.kind = RecordKind::Member;
    version.fields = {{"full_name", QStringLiteral("Hội viên %1").arg(i)}, {"joined_on", day}, {"core", i % 2 == 0}};
  } else {
    version.kind = RecordKind::Activity;
    version.fields = {{"kind", 1 + i % 9}, {"title", QStringLiteral("Hoạt động %1").arg(i)}, {"date", day}};
  }
  return version;
}

// Passes committed heads on to the progress service, timing what that costs the pushing thread.
class TimedListener final : public HeadChangeListener {
 public:
  explicit TimedListener(HeadChangeListener& inner) : inner_(inner) {}
  void headsChanged(const std::vector<HeadChange>& changes) override {
    QElapsedTimer clock;
    clock.start();
    inner_.headsChanged(changes);
    nanoseconds_ += clock.nsecsElapsed();
    records_ += static_cast<qint64>(changes.size());
  }
  double microsecondsPerRecord() const { return records_ ? nanoseconds_ / 1e3 / records_ : 0; }

 private:
  HeadChangeListener& inner_;
  qint64 nanoseconds_ = 0;
  qint64 records_ = 0;
};

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QTextStream out(stdout), err(stderr);
  int records = 1000000, pushRecords = 20000;
  const QStringList args = app.arguments().mid(1);
  for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
    if (args[i] == QLatin1String("--records")) records = args[i + 1].toInt();
    else if (args[i] == QLatin1String("--push-records")) pushRecords = args[i + 1].toInt();
  }
  QTemporaryDir dir;
  QString error;
  std::unique_ptr<Database> db = Database::open(QStringLiteral("sqlite:") + dir.filePath("report.db"), &error);
  if (!db) return fail(err, error);

  QElapsedTimer timer;
  timer.start();
  QStringList branches;  // where the pushes of the ingest phase come from
  std::vector<StartState> startStates;
  int written = 0;
  {
    QFile treeFile(QStringLiteral(SOHOI_DATA_DIR "/thai-nguyen-units-2021.csv"));
    if (!treeFile.open(QIODevice::ReadOnly)) return fail(err, QStringLiteral("no tree file"));
    std::vector<OrgUnit> units;
    for (const QString& line : QString::fromUtf8(treeFile.readAll()).split('\n').mid(1)) {
      const QStringList cells = line.trimmed().split(',');
      if (cells.size() != 5) continue;
      OrgUnit unit{cells[0], cells[4], cells[3], UnitLevel::Branch};
      unitLevelFromName(cells[1], &unit.level);
      units.push_back(unit);
    }
    Transaction tx(*db, Transaction::Mode::Write);
    const std::vector<OrgUnit> all = demoTree(units, 2021);
    OrgUnitRepository(tx).upsert(all);
    const OrgTree tree(all);
    for (const OrgUnit& unit : all)
      if (unit.level == UnitLevel::Branch) branches.append(unit.id);
    const std::vector<plan::UnitBaseline> baselines = demoBaselines(tree, 2021);
    PlanRepository(tx).saveBaselines(baselines);
    if (!storePlanFile(tx, QStringLiteral(SOHOI_DATA_DIR "/plans/thai-nguyen-2021.json"), err)) return 1;
    DemoWriter writer(tx, 2021);
    writeDemoRecords(writer, tree, baselines, std::max(1, records / kDemoBranches), &startStates);
    writer.finish();
    tx.commit();
    written = writer.count();
  }
  // After the transaction above has ended: the import opens its own.
  QString imported;
  QTextStream importOut(&imported);
  if (importStartStates(*db, startStates, importOut, err) != 0) return 1;
  out << QStringLiteral("sohoi-report-bench (%1 build): Thái Nguyên demo, %2 branches, %3 records")
             .arg(QStringLiteral(SOHOI_BUILD_TYPE)).arg(kDemoBranches)
             .arg(written + static_cast<int>(startStates.size()))
      << Qt::endl;
  out << QStringLiteral("load_seconds %1").arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;

  ProgressService service(*db, QDate(2021, 12, 31));
  timer.restart();
  if (!service.prepare(&error)) return fail(err, error);
  out << QStringLiteral("progress_build_ms %1").arg(timer.elapsed()) << Qt::endl;

  const auto query = [&] {
    QElapsedTimer clock;
    clock.start();
    std::optional<ProgressReport> report = service.report(QStringLiteral("19"), 1, &error);
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    return report ? ms : -1.0;
  };
  double total = 0;
  const int queries = 20;
  for (int i = 0; i < queries; ++i) total += query();
  out << QStringLiteral("progress_query_ms %1 (province and its 9 districts, %2 indicators, mean of %3)")
             .arg(total / queries, 0, 'f', 2)
             .arg(service.report(QStringLiteral("19"), 0, &error)->plan.indicators.size())
             .arg(queries)
      << Qt::endl;

  // Ingest, alternating batches without and with the incremental update, on the same database. Each batch
  // comes from the tablet of another branch, spread over the province, as the province's pushes do.
  OrgTreeCache trees;
  PushProcessor pusher(*db, trees);
  Enrolment enrolment(*db);
  const auto enrolAt = [&](const QString& unitId) -> std::optional<Device> {
    const Result<IssuedCode> code = enrolment.issueCode(unitId, QStringLiteral("Bench"));
    if (!code.ok()) {
      error = code.error().bilingual();
      return std::nullopt;
    }
    return enrolment.enrol(code.value().code, QStringLiteral("bench")).value().device;
  };
  TimedListener timedService(service);
  const int batch = 500;
  std::vector<qint64> nsWithout, nsWith;  // per batch: the median stands up to a busy machine's spikes
  double afterPush[2] = {0, 0};  // after a push told to the service (1) or not, as another process's (0)
  int afterPushCount[2] = {0, 0};
  for (int start = 0; start < pushRecords; start += batch) {
    const bool with = (start / batch) % 2 == 1;
    pusher.setListener(with ? &timedService : nullptr);
    const std::optional<Device> device = enrolAt(branches.at((start / batch * 97) % branches.size()));
    if (!device) return fail(err, error);
    std::vector<PushItem> items;
    quint64 seq = 0;
    for (int i = start; i < std::min(pushRecords, start + batch); ++i)
      items.push_back({++seq, pushed(device->unitId, i), std::nullopt});
    QElapsedTimer clock;
    clock.start();
    pusher.push(*device, items);
    if (start > 0) (with ? nsWith : nsWithout).push_back(clock.nsecsElapsed());  // the first one warms up
    afterPush[with] += query();
    ++afterPushCount[with];
  }
  const auto perSecond = [batch](std::vector<qint64> times) {
    if (times.empty()) return 0.0;
    std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
    return batch / (static_cast<double>(std::max<qint64>(1, times[times.size() / 2])) / 1e9);
  };
  const double perSecondWithout = perSecond(nsWithout);
  const double perSecondWith = perSecond(nsWith);
  out << QStringLiteral("progress_query_after_push_ms %1 (first query after each 500-record push, mean)")
             .arg(afterPushCount[1] ? afterPush[1] / afterPushCount[1] : 0, 0, 'f', 2)
      << Qt::endl;
  out << QStringLiteral("progress_query_after_other_push_ms %1 (the same, pushed as by another process)")
             .arg(afterPushCount[0] ? afterPush[0] / afterPushCount[0] : 0, 0, 'f', 2)
      << Qt::endl;
  out << QStringLiteral("ingest_records_per_s_without_progress %1").arg(perSecondWithout, 0, 'f', 0) << Qt::endl;
  out << QStringLiteral("ingest_records_per_s_with_progress %1").arg(perSecondWith, 0, 'f', 0) << Qt::endl;
  out << QStringLiteral("ingest_slowdown_percent %1").arg(100.0 * (1 - perSecondWith / perSecondWithout), 0, 'f', 1)
      << Qt::endl;
  // The update's own cost, which a busy machine blurs less than the difference of two ingest rates.
  out << QStringLiteral("progress_update_us_per_record %1 (ingest without it: %2 us per record)")
             .arg(timedService.microsecondsPerRecord(), 0, 'f', 2)
             .arg(1e6 / perSecondWithout, 0, 'f', 2)
      << Qt::endl;
  return 0;
}
