// The server's incremental progress equals a from-scratch recomputation at every unit (DESIGN §4), on
// random trees (with equivalent units and member organisations beside the districts), records, edits,
// deletes, unit moves and merges (applied at once, or scheduled and applied when they come due), for every
// indicator of the shipped plan; also when another process on the same database takes some of the pushes.
#include "admin/plan_commands.h"
#include "admin/tree_commands.h"
#include "report/progress_from_scratch.h"
#include "report/progress_service.h"
#include "storage/database.h"
#include "storage/org_unit_repository.h"
#include "storage/plan_repository.h"
#include "storage/transaction.h"
#include "sync/enrolment.h"
#include "sync/push_processor.h"
#include "tree/due_tree_changes.h"

#include "ids/uuid7.h"
#include "test_database.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <atomic>
#include <random>
#include <thread>
#include <utility>

using namespace sohoi;
using namespace sohoi::server;

namespace {

const QDate kAsOf(2021, 12, 31);

struct World {
  std::mt19937_64 random;
  std::vector<OrgUnit> units;
  QStringList branches, aboveBranch;
  QStringList people, households, helps;
  std::map<QString, RecordVersion> heads;  // live records by id
  quint64 seq = 0;
  HlcStamp hlc = makeHlc(QDateTime(QDate(2021, 6, 1), QTime(8, 0)).toMSecsSinceEpoch(), 0);

  explicit World(quint64 seed) : random(seed) {}
  int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); }
  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(random) < p; }
  template <typename T>
  const T& pick(const QList<T>& list) { return list.at(between(0, static_cast<int>(list.size()) - 1)); }
  QDate day() { return QDate(2021, 1, 1).addDays(between(0, 330)); }
};

std::vector<OrgUnit> randomTree(World& w) {
  std::vector<OrgUnit> units{{"19", "", "Tỉnh", UnitLevel::Province}};
  for (int d = 1, districts = w.between(1, 3); d <= districts; ++d) {
    const QString district = QStringLiteral("D%1").arg(d);
    units.push_back({district, "19", district, UnitLevel::District});
    // Beside some districts, an equivalent unit or a member organisation, with a commune or none.
    if (w.chance(0.5)) {
      const QString other = QStringLiteral("E%1").arg(d);
      units.push_back({other, "19", other, UnitLevel::District, {}, {},
                       w.chance(0.5) ? UnitType::Equivalent : UnitType::MemberOrganisation});
      if (w.chance(0.5)) units.push_back({other + "C", other, other, UnitLevel::Commune});
    }
    for (int c = 1, communes = w.between(1, 3); c <= communes; ++c) {
      const QString commune = district + QStringLiteral("C%1").arg(c);
      units.push_back({commune, district, commune, UnitLevel::Commune});
      for (int b = 1, branches = w.between(1, 3); b <= branches; ++b)
        units.push_back({commune + QStringLiteral("-%1").arg(b), commune, commune, UnitLevel::Branch});
    }
  }
  for (const OrgUnit& unit : units)
    (unit.level == UnitLevel::Branch ? w.branches : w.aboveBranch).append(unit.id);
  return units;
}

QVariantMap randomFields(World& w, RecordKind kind) {
  switch (kind) {
    case RecordKind::Person: {
      // Few names and years, so that the same person is recorded more than once (10.3 counts people).
      QVariantMap fields{{"full_name", QStringLiteral("Người %1").arg(w.between(1, 30))}, {"role", w.between(1, 4)},
                         {"meets_title_standard", w.chance(0.5)}, {"birth_year", w.between(1980, 1982)}};
      if (w.chance(0.8)) fields.insert("sex", w.between(1, 2));
      return fields;
    }
    case RecordKind::Household:
      return {{"head_name", QStringLiteral("Hộ %1").arg(w.between(1, 999))}, {"female_headed", w.chance(0.5)},
              {"poor", w.chance(0.4)}};
    case RecordKind::HouseholdVisit: {
      // Some assessed before the year: the household's state at the start.
      QVariantMap fields{{"household_id", w.households.isEmpty() || w.chance(0.1) ? newUuid7() : w.pick(w.households)},
                         {"date", w.chance(0.3) ? w.day().addYears(-1) : w.day()}};
      for (const char* flag : {"no_poverty", "no_law_violation", "no_domestic_violence", "no_third_child",
                               "no_malnutrition_dropout", "clean_house", "clean_kitchen", "clean_lane"})
        fields.insert(QString::fromLatin1(flag), w.chance(0.85));
      if (w.chance(0.8)) fields.insert("poverty_status", w.between(1, 3));
      if (!w.helps.isEmpty() && w.chance(0.5)) fields.insert("help_id", w.pick(w.helps));
      return fields;
    }
    case RecordKind::Training: {
      QStringList trainees, employed;
      for (int i = 0, n = w.between(1, 4); i < n && !w.people.isEmpty(); ++i) {
        const QString person = w.pick(w.people);
        if (!trainees.contains(person)) trainees.append(person);
        if (w.chance(0.6) && !employed.contains(person)) employed.append(person);
      }
      if (trainees.isEmpty()) trainees.append(newUuid7());
      return {{"kind", w.between(1, 4)}, {"title", QStringLiteral("Lớp")}, {"date", w.day()},
              {"trainee_ids", trainees}, {"employed_ids", employed}};
    }
    case RecordKind::Member: {
      const QDate joined = w.chance(0.5) ? w.day() : QDate(2015, 5, 1);
      QVariantMap fields{{"full_name", QStringLiteral("HV %1").arg(w.between(1, 999))}, {"joined_on", joined},
                         {"core", w.chance(0.4)}};
      if (w.chance(0.3)) fields.insert("left_on", std::max(joined, w.day()));
      return fields;
    }
    case RecordKind::Activity:
      return {{"kind", w.between(1, 9)}, {"title", QStringLiteral("Hoạt động")}, {"date", w.day()}};
    case RecordKind::Exemplar:
      return {{"kind", w.between(1, 3)}, {"name", QStringLiteral("Điển hình")}, {"date", w.day().addDays(30)},
              {"quarter_reportable", w.chance(0.6)}};
    case RecordKind::MediaPost:
      return {{"title", QStringLiteral("Tin")}, {"outlet_level", w.between(1, 3)}, {"date", w.day()}};
    case RecordKind::EconomicSupport: {
      QVariantMap fields{{"kind", w.between(1, 4)}, {"name", QStringLiteral("Mô hình")}, {"date", w.day()}};
      if (!w.people.isEmpty() && w.chance(0.7)) fields.insert("person_ids", QStringList{w.pick(w.people)});
      return fields;
    }
    case RecordKind::Congress:
      return {{"start_date", w.day()}, {"delegates", w.between(50, 150)}, {"pilot", w.chance(0.2)}};
    case RecordKind::Award:
      return {{"recipient_name", QStringLiteral("Tập thể")}, {"form", w.between(1, 4)},
              {"awarded_by", QStringLiteral("UBND tỉnh")}, {"date", w.day()}};
    case RecordKind::CommitteeChange:
      return {{"person_name", QStringLiteral("Ủy viên")}, {"change", w.between(1, 2)}, {"date", w.day()}};
    case RecordKind::FundReport:
      return {{"year", 2021}, {"amount", qint64(w.between(5, 60)) * 1000000}};
    case RecordKind::UnitRating:
      return {{"year", 2021}, {"rating", w.between(1, 5)}};
    case RecordKind::ProgrammeContribution: {
      QVariantMap fields{{"programme", w.between(1, 2)}, {"contributor_name", QStringLiteral("Ủy viên %1").arg(w.between(1, 6))},
                         {"committee_member", w.chance(0.8)}, {"amount", qint64(w.between(5, 25)) * 10000},
                         {"date", w.day()}};
      if (!w.people.isEmpty() && w.chance(0.4)) fields.insert("person_id", w.pick(w.people));
      return fields;
    }
    default:
      break;
  }
  return {};
}

QString unitFor(World& w, RecordKind kind) {
  if (kind == RecordKind::Household || kind == RecordKind::HouseholdVisit || kind == RecordKind::Member)
    return w.pick(w.branches);
  if (kind == RecordKind::FundReport || kind == RecordKind::UnitRating || kind == RecordKind::Congress ||
      kind == RecordKind::CommitteeChange)
    return w.pick(w.aboveBranch);
  return w.chance(0.7) ? w.pick(w.branches) : w.pick(w.aboveBranch);
}

// One mutation: a new record (most), an edit (fields and maybe unit), or a delete.
RecordVersion randomMutation(World& w) {
  static const QList<RecordKind> kinds{RecordKind::Person,     RecordKind::Household,     RecordKind::HouseholdVisit,
                                       RecordKind::Training,   RecordKind::Member,        RecordKind::Activity,
                                       RecordKind::Exemplar,   RecordKind::MediaPost,     RecordKind::EconomicSupport,
                                       RecordKind::FundReport, RecordKind::UnitRating,    RecordKind::ProgrammeContribution,
                                       RecordKind::Congress,   RecordKind::Award,         RecordKind::CommitteeChange};
  RecordVersion version;
  version.versionId = newUuid7();
  version.hlc = ++w.hlc;
  const double draw = std::uniform_real_distribution<double>(0, 1)(w.random);
  if (draw < 0.6 || w.heads.empty()) {
    version.recordId = newUuid7();
    version.kind = w.pick(kinds);
    version.unitId = unitFor(w, version.kind);
    version.fields = randomFields(w, version.kind);
    if (version.kind == RecordKind::Person) w.people.append(version.recordId);
    if (version.kind == RecordKind::Household) w.households.append(version.recordId);
    if (version.kind == RecordKind::EconomicSupport) w.helps.append(version.recordId);
    return version;
  }
  auto it = w.heads.begin();
  std::advance(it, w.between(0, static_cast<int>(w.heads.size()) - 1));
  const RecordVersion& head = it->second;
  version.recordId = head.recordId;
  version.kind = head.kind;
  version.baseVersionId = head.versionId;
  version.unitId = w.chance(0.3) ? unitFor(w, head.kind) : head.unitId;  // people move between units too
  version.fields = w.chance(0.8) ? randomFields(w, head.kind) : head.fields;
  version.deleted = draw > 0.9;
  return version;
}

OrgTree currentTree(Database& db) {
  Transaction tx(db, Transaction::Mode::Read);
  return OrgUnitRepository(tx).tree();
}

void compareEverywhere(ProgressService& service, Database& db) {
  QString error;
  std::optional<ScratchProgress> scratch = progressFromScratch(db, kAsOf, &error);
  REQUIRE(scratch);
  const bool ran = service.withCache(
      [&](ProgressCache& cache) {
        const plan::ProgressEngine& incremental = cache.engine();
        for (const OrgUnit& unit : scratch->inputs.tree.tree.units()) {
          const std::vector<plan::IndicatorProgress> a = incremental.evaluateAll(unit.id);
          const std::vector<plan::IndicatorProgress> b = scratch->engine->evaluateAll(unit.id);
          REQUIRE(a.size() == b.size());
          for (size_t i = 0; i < a.size(); ++i) {
            INFO("unit " << unit.id.toStdString() << " indicator " << a[i].indicatorId.toStdString());
            CHECK(a[i].value == b[i].value);
            CHECK(a[i].target == b[i].target);
            CHECK(a[i].status == b[i].status);
            CHECK(a[i].unitsMet == b[i].unitsMet);
            CHECK(a[i].unitsTotal == b[i].unitsTotal);
            REQUIRE(a[i].quarters.size() == b[i].quarters.size());
            for (size_t q = 0; q < a[i].quarters.size(); ++q) {
              CHECK(a[i].quarters[q].value == b[i].quarters[q].value);
              CHECK(a[i].quarters[q].status == b[i].quarters[q].status);
              CHECK(a[i].quarters[q].unitsMet == b[i].quarters[q].unitsMet);
            }
          }
        }
      },
      &error);
  REQUIRE(ran);
}

// A database with a random tree, baselines for it and the shipped plan; *spec (if given): its --db spec.
std::unique_ptr<Database> openProvince(World& w, const QTemporaryDir& dir, QString* spec = nullptr) {
  QString error;
  const QString fresh = testing::freshDatabaseSpec(dir.filePath("p.db"));
  if (spec) *spec = fresh;
  std::unique_ptr<Database> db = Database::open(fresh, &error);
  REQUIRE(db);
  w.units = randomTree(w);
  Transaction tx(*db, Transaction::Mode::Write);
  OrgUnitRepository(tx).upsert(w.units);
  std::vector<plan::UnitBaseline> baselines;
  for (const OrgUnit& unit : w.units) {
    plan::UnitBaseline b;
    b.unitId = unit.id;
    b.members = unit.level == UnitLevel::Branch ? w.between(50, 200) : 0;
    b.women18Plus = b.members * 10 / w.between(6, 9);
    b.fund = unit.level == UnitLevel::Commune ? 20000000 : 0;
    b.branchLeaders = unit.level == UnitLevel::Branch ? 1 : 0;
    b.fullTimeCadres = unit.level == UnitLevel::Branch ? 0 : 1;
    b.committeeMembers = unit.level == UnitLevel::Province ? 6 : 0;
    b.coreMembers = b.members * w.between(2, 5) / 10;
    baselines.push_back(b);
  }
  PlanRepository(tx).saveBaselines(baselines);
  QString planErrors;
  QTextStream err(&planErrors);
  REQUIRE(storePlanFile(tx, QStringLiteral(SOHOI_SOURCE_DIR "/data/plans/thai-nguyen-2021.json"), err));
  tx.commit();
  return db;
}

// Pushes a random batch of 1–maxItems mutations and remembers the accepted heads.
void pushRandomBatch(World& w, PushProcessor& pusher, const Device& device, int maxItems) {
  std::vector<PushItem> items;
  std::vector<RecordVersion> sent;
  for (int i = 0, n = w.between(1, maxItems); i < n; ++i) {
    RecordVersion version = randomMutation(w);
    sent.push_back(version);
    items.push_back({++w.seq, version, std::nullopt});
  }
  const PushBatchResult result = pusher.push(device, items);
  REQUIRE(result.results.size() == items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    if (result.results[i].outcome != PushOutcome::Accepted) continue;
    if (sent[i].deleted) w.heads.erase(sent[i].recordId);
    else w.heads[sent[i].recordId] = sent[i];
  }
}

// A device enrolled at unit (the province unless named).
Device enrolAt(Database& db, const QString& unit = QStringLiteral("19")) {
  Enrolment enrolment(db);
  const Result<IssuedCode> code = enrolment.issueCode(unit, QStringLiteral("Máy ") + unit);
  REQUIRE(code.ok());
  return enrolment.enrol(code.value().code, QStringLiteral("tablet")).value().device;
}

// A province with the shipped plan, whose live figures hear every push made through pusher, and a tablet at
// its root.
struct LiveProvince {
  World w;
  QTemporaryDir dir;
  std::unique_ptr<Database> db = openProvince(w, dir);
  OrgTreeCache trees;
  PushProcessor pusher{*db, trees};
  ProgressService service{*db, kAsOf};
  Device device = enrolAt(*db);

  explicit LiveProvince(quint64 seed) : w(seed) {
    QString error;
    REQUIRE(service.prepare(&error));
    pusher.setListener(&service);
  }
};

}  // namespace

TEST_CASE("incremental progress equals a from-scratch recomputation after random pushes and reorganisations") {
  for (quint64 seed : {1u, 2u, 3u}) {
    INFO("seed " << seed);
    LiveProvince p(seed);

    QDate reorganised(2021, 2, 1);
    size_t scheduled = 0;  // changes waiting for their day
    for (int round = 0; round < 12; ++round) {
      pushRandomBatch(p.w, p.pusher, p.device, 25);
      if (round == 7 || round == 11) {
        // The change scheduled two rounds ago comes due: applied once, by whoever looks first.
        const std::vector<TreeChange> applied = applyDueTreeChanges(*p.db, reorganised);
        CHECK(applied.size() == std::exchange(scheduled, 0));
        for (const TreeChange& change : applied) CHECK(change.state == TreeChangeState::Applied);
      }
      if (round == 4 || round == 6 || round == 8 || round == 10) {
        // A branch moves to another commune, then a commune merges into another (its branches follow): in
        // rounds 4 and 8 dated in the past, in rounds 6 and 10 dated tomorrow, so scheduled.
        QTextStream out(stdout), err(stderr);
        const OrgTree tree = currentTree(*p.db);
        QStringList communes;
        for (const OrgUnit& unit : p.w.units)
          if (unit.level == UnitLevel::Commune && !tree.find(unit.id)->closed()) communes.append(unit.id);
        reorganised = reorganised.addMonths(2);
        const QDate today = round == 4 || round == 8 ? reorganised : reorganised.addDays(-1);
        if ((round == 4 || round == 6) && communes.size() > 1) {
          const QString branch = p.w.pick(p.w.branches);
          QString target = p.w.pick(communes);
          if (tree.find(branch)->parentId == target) target = communes.at((communes.indexOf(target) + 1) % communes.size());
          CHECK(moveUnit(*p.db, branch, target, reorganised, today, out, err) == 0);
          scheduled += today < reorganised ? 1 : 0;
        }
        if ((round == 8 || round == 10) && communes.size() > 1) {
          const QString from = communes.first(), into = communes.last();
          CHECK(mergeUnits(*p.db, from, into, reorganised, today, out, err) == 0);
          scheduled += today < reorganised ? 1 : 0;
        }
      }
      compareEverywhere(p.service, *p.db);
    }
  }
}

TEST_CASE("pushes that commit while the figures are being built are kept") {
  // The build reads the database without the service's lock; pushes meanwhile are held and applied to the
  // new figures afterwards. However the two interleave, the figures must equal a from-scratch count.
  for (quint64 seed : {4u, 5u}) {
    INFO("seed " << seed);
    World w(seed);
    QTemporaryDir dir;
    std::unique_ptr<Database> db = openProvince(w, dir);
    OrgTreeCache trees;
    PushProcessor pusher(*db, trees);
    const Device device = enrolAt(*db);
    for (int round = 0; round < 40; ++round) pushRandomBatch(w, pusher, device, 50);  // something to build from

    ProgressService service(*db, kAsOf);
    pusher.setListener(&service);
    service.prepareInBackground();
    for (int round = 0; round < 20; ++round) pushRandomBatch(w, pusher, device, 25);
    compareEverywhere(service, *db);
  }
}

namespace {

// One database seen by two processes: a second Database on the same spec is what a second sohoi-server is
// to this one (its own connections; its pushes told to no listener here). The service is this process's.
struct TwoProcesses {
  World w;
  QTemporaryDir dir;
  QString spec;
  std::unique_ptr<Database> db = openProvince(w, dir, &spec);
  std::unique_ptr<Database> other = openOther(spec);
  OrgTreeCache trees, otherTrees;
  PushProcessor pusher{*db, trees}, otherPusher{*other, otherTrees};
  ProgressService service{*db, kAsOf};
  Device device = enrolAt(*db), otherDevice = enrolAt(*other);
  quint64 otherSeq = 0;  // each device numbers its own pushes

  explicit TwoProcesses(quint64 seed) : w(seed) {
    QString noPlan;
    REQUIRE(service.prepare(&noPlan));
    pusher.setListener(&service);
  }
  static std::unique_ptr<Database> openOther(const QString& spec) {
    QString error;
    std::unique_ptr<Database> opened = Database::open(spec, &error);
    REQUIRE(opened);
    return opened;
  }
  void pushElsewhere(int maxItems) {
    std::swap(w.seq, otherSeq);
    pushRandomBatch(w, otherPusher, otherDevice, maxItems);
    std::swap(w.seq, otherSeq);
  }
};

}  // namespace

TEST_CASE("figures hear of the records another process on the same database writes") {
  // Both write in turn, edits and deletes of each other's records too.
  TwoProcesses p(6);
  for (int round = 0; round < 8; ++round) {
    pushRandomBatch(p.w, p.pusher, p.device, 20);
    p.pushElsewhere(20);
    compareEverywhere(p.service, *p.db);
  }
}

TEST_CASE("queries on several threads while another process writes and reloads the plan still end equal") {
  // Each query reads the database without the service's lock, and a plan loaded elsewhere makes one of
  // them build the figures again while others are reading: none may answer from figures being replaced.
  TwoProcesses p(7);
  std::atomic<bool> writing{true};
  std::atomic<int> answered{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r)
    readers.emplace_back([&] {
      QString noPlan;
      while (writing)
        if (p.service.progress(QStringLiteral("19"), 1, &noPlan)) ++answered;
    });
  for (int round = 0; round < 12; ++round) {
    p.pushElsewhere(20);
    if (round % 4 == 3) {
      Transaction tx(*p.other, Transaction::Mode::Write);
      QTextStream err(stderr);
      REQUIRE(storePlanFile(tx, QStringLiteral(SOHOI_SOURCE_DIR "/data/plans/thai-nguyen-2021.json"), err));
      tx.commit();
    }
  }
  writing = false;
  for (std::thread& reader : readers) reader.join();
  CHECK(answered > 0);
  compareEverywhere(p.service, *p.db);
}

TEST_CASE("a help linked on an earlier visit counts live as from scratch, and follows edits of the help (4.3)") {
  LiveProvince p(8);
  QString error;
  for (int round = 0; round < 4; ++round) pushRandomBatch(p.w, p.pusher, p.device, 25);

  const QString branch = p.w.branches.first();
  const Device branchDevice = enrolAt(*p.db, branch);  // a branch's own records come from its tablet
  quint64 branchSeq = 0;
  std::map<QString, RecordVersion> mine;  // this case's records by name
  const auto put = [&](const QString& name, RecordKind kind, const QVariantMap& fields, bool deleted = false) {
    RecordVersion version;
    auto held = mine.find(name);
    version.recordId = held == mine.end() ? newUuid7() : held->second.recordId;
    version.baseVersionId = held == mine.end() ? QString() : held->second.versionId;
    version.versionId = newUuid7();
    version.hlc = ++p.w.hlc;
    version.unitId = branch;
    version.kind = kind;
    version.fields = fields;
    version.deleted = deleted;
    const PushBatchResult result = p.pusher.push(branchDevice, {{++branchSeq, version, std::nullopt}});
    INFO(result.results.front().rejection.bilingual().toStdString());
    REQUIRE(result.results.front().outcome == PushOutcome::Accepted);
    mine[name] = version;
    return version.recordId;
  };
  const auto helps = [&](const QString& unit) {
    std::optional<ScratchProgress> scratch = progressFromScratch(*p.db, kAsOf, &error);
    REQUIRE(scratch);
    for (const plan::IndicatorProgress& indicator : scratch->engine->evaluateAll(unit))
      if (indicator.indicatorId == QLatin1String("4.3")) return indicator.value;
    return -1.0;
  };
  const QString commune = currentTree(*p.db).find(branch)->parentId;
  const double before = helps(commune);
  const QVariantMap povertyHelp{{"kind", 4}, {"name", QStringLiteral("Bò giống")}, {"date", QDate(2021, 3, 1)}};
  const QString help = put("help", RecordKind::EconomicSupport, povertyHelp);
  const QString household = put("household", RecordKind::Household,
                                {{"head_name", QStringLiteral("Hộ chị Lan")}, {"female_headed", true}});
  put("start", RecordKind::HouseholdVisit, {{"household_id", household}, {"date", QDate(2020, 12, 31)}, {"poverty_status", 1}});
  put("helped", RecordKind::HouseholdVisit,
      {{"household_id", household}, {"date", QDate(2021, 4, 1)}, {"poverty_status", 1}, {"help_id", help}});
  put("latest", RecordKind::HouseholdVisit, {{"household_id", household}, {"date", QDate(2021, 10, 1)}, {"poverty_status", 3}});
  compareEverywhere(p.service, *p.db);
  CHECK(helps(commune) == before + 1);  // the help sits on the April visit, not on the latest one

  QVariantMap startUp = povertyHelp;
  startUp.insert("kind", 2);
  put("help", RecordKind::EconomicSupport, startUp);  // the help turns out to be a start-up support
  compareEverywhere(p.service, *p.db);
  CHECK(helps(commune) == before);
  put("help", RecordKind::EconomicSupport, povertyHelp);
  compareEverywhere(p.service, *p.db);
  CHECK(helps(commune) == before + 1);
  put("help", RecordKind::EconomicSupport, povertyHelp, true);  // deleted: nothing links it any more
  compareEverywhere(p.service, *p.db);
  CHECK(helps(commune) == before);
}
