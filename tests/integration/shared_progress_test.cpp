// Two sohoi-server processes on one database, as a province runs them behind a load balancer: devices of
// every level push through both and pull through both, and each server's live progress (built when it
// started, then kept up to date) still equals sohoi-admin's count from scratch, whichever server took the
// writes; a plan, baselines or a tree change made by sohoi-admin while both run reach both.
#include "ids/uuid7.h"
#include "report/report_client.h"
#include "support/province_fixture.h"
#include "sync/sync_client.h"
#include "wire/reference_codec.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

constexpr int kBatches = 10;
constexpr int kPerBatch = 5;
// Writers' branches (two per commune written to, in both districts) and each level's commune and district.
const QStringList kBranches{QStringLiteral("05449-1"), QStringLiteral("05449-2"), QStringLiteral("05452-3"),
                            QStringLiteral("05950-1"), QStringLiteral("05953-2"), QStringLiteral("05953-3")};
const QHash<QString, QString> kDistrictOf{{QStringLiteral("05449"), QStringLiteral("164")},
                                          {QStringLiteral("05452"), QStringLiteral("164")},
                                          {QStringLiteral("05950"), QStringLiteral("173")},
                                          {QStringLiteral("05953"), QStringLiteral("173")}};

// Whether a branch's record lies in the subtree of scope (the province, a district, a commune or itself).
bool inScope(const QString& branch, const QString& scope) {
  const QString commune = branch.section(QLatin1Char('-'), 0, 0);
  return scope == QLatin1String("19") || scope == kDistrictOf.value(commune) || scope == commune || scope == branch;
}

RecordVersion newMember(const RawDevice& device, const QString& unitId) {
  RecordVersion version;
  version.recordId = newUuid7();
  version.versionId = newUuid7();
  version.unitId = unitId;
  version.authorId = uuidFromBytes(device.enrolment().person_id());
  version.hlc = makeHlc(QDateTime::currentMSecsSinceEpoch(), 0);
  version.kind = RecordKind::Member;
  version.fields = {{"full_name", QStringLiteral("Hội viên mới")}, {"joined_on", QDate(2021, 5, 1)}, {"core", true}};
  return version;
}

// The next version of the record whose head is base: an edit, or a delete.
RecordVersion nextOf(const RecordVersion& base, bool deleted) {
  RecordVersion version = base;
  version.versionId = newUuid7();
  version.baseVersionId = base.versionId;
  version.hlc = makeHlc(QDateTime::currentMSecsSinceEpoch(), 0);
  version.deleted = deleted;
  if (base.kind == RecordKind::Member) version.fields.insert(QStringLiteral("core"), !base.fields.value("core").toBool());
  else version.fields.insert(QStringLiteral("participants_total"), base.fields.value("participants_total").toInt() + 1);
  return version;
}

// A branch device writing through both servers in turn: new members and activities, edits and deletes of
// its own earlier records. Returns every version the servers accepted.
QSet<QString> writeThroughBoth(RawDevice* through[2], const QString& branch) {
  QSet<QString> accepted;
  std::vector<RecordVersion> heads;  // live records this device made
  quint64 seq = 1;
  for (int batch = 0; batch < kBatches; ++batch) {
    std::vector<RecordVersion> versions;
    for (int i = 0; i < kPerBatch; ++i) {
      const bool change = !heads.empty() && i >= 3;  // two of five change an earlier record (one deletes it)
      if (change) versions.push_back(nextOf(heads.front(), i == 4));
      else versions.push_back(i % 2 ? newMember(*through[0], branch) : through[0]->newActivity(branch));
      if (change) heads.erase(heads.begin());
      if (!versions.back().deleted) heads.push_back(versions.back());
    }
    v1::PushResponse response;
    RawDevice& device = *through[batch % 2];
    REQUIRE(device.push(device.pushRequest(versions, seq), &response).status.ok());
    REQUIRE(response.results_size() == kPerBatch);
    for (int i = 0; i < kPerBatch; ++i) {
      CHECK(response.results(i).outcome() == v1::OUTCOME_ACCEPTED);
      accepted.insert(versions[size_t(i)].versionId);
    }
    seq += kPerBatch;
  }
  return accepted;
}

// One enrolled device reached through either server with the same credential and cursor.
struct Puller {
  RawDevice viaFirst, viaSecond;
  QString scope;
  v1::PullRequest request;
  QHash<QString, int> seen;  // version id → times received

  Puller(ProvinceFixture& fixture, const QString& secondAddress, const QString& unit)
      : viaFirst(fixture.rawDevice(unit)), viaSecond(secondAddress), scope(unit) {
    viaSecond.setCredential(viaFirst.enrolment().credential());
    *request.mutable_client() = viaFirst.clientInfo();
    request.set_page_size(15);
  }
  /// One page through the first server (even turns) or the second; true while more is waiting.
  bool pullPage(int turn) {
    v1::PullResponse page;
    REQUIRE((turn % 2 ? viaSecond : viaFirst).pull(request, &page).status.ok());
    REQUIRE_FALSE(page.reset());
    for (const v1::Change& change : page.changes()) ++seen[uuidFromBytes(change.version().version_id())];
    request.set_cursor(page.next_cursor());
    return page.has_more();
  }
};

// sohoi-admin's progress, counted from scratch in its own process: the province and two levels below.
QJsonObject progressFromScratch(const QString& db) {
  QString output;
  REQUIRE(runAdmin({"--db", db, "progress", "--unit", "root", "--depth", "2", "--format", "json"}, &output) == 0);
  return QJsonDocument::fromJson(output.toUtf8()).object().value("unit").toObject();
}

void checkEqual(const QJsonObject& scratch, const plan::UnitProgress& live) {
  INFO("unit " << live.unitId.toStdString());
  REQUIRE(scratch.value("id").toString() == live.unitId);
  const QJsonArray indicators = scratch.value("indicators").toArray();
  REQUIRE(size_t(indicators.size()) == live.indicators.size());
  for (size_t i = 0; i < live.indicators.size(); ++i) {
    const QJsonObject expected = indicators.at(qsizetype(i)).toObject();
    const plan::IndicatorProgress& got = live.indicators[i];
    INFO("indicator " << got.indicatorId.toStdString());
    CHECK(expected.value("id").toString() == got.indicatorId);
    CHECK(expected.value("value").toDouble() == got.value);
    CHECK(expected.value("target").isNull() == !got.hasTarget);
    if (got.hasTarget) CHECK(expected.value("target").toDouble() == got.target);
    CHECK(expected.value("status").toString() == plan::statusName(got.status));
    CHECK(expected.value("units_met").toInt(-1) == got.unitsMet);
    CHECK(expected.value("units_total").toInt(-1) == got.unitsTotal);
  }
  const QJsonArray children = scratch.value("children").toArray();
  REQUIRE(size_t(children.size()) == live.children.size());
  for (size_t i = 0; i < live.children.size(); ++i) checkEqual(children.at(qsizetype(i)).toObject(), live.children[i]);
}

// The province's progress two levels deep as a server answers it live.
client::ProgressAnswer liveProgress(const QString& address, const std::string& credential) {
  client::ReportClient reports(client::SyncClient::makeChannel(address));
  reports.setCredential(QString::fromStdString(credential));
  const client::RpcResult<client::ProgressAnswer> answer = reports.getProgress({}, 2, {});
  INFO(answer.error.messageEn.toStdString());
  REQUIRE(answer.ok());
  return *answer.value;
}

}  // namespace

TEST_CASE("two servers on one database: pulls through both miss and repeat nothing, and both servers' "
          "progress equals a count from scratch") {
  ProvinceFixture fixture;
  ServerProcess second(fixture.db);
  REQUIRE(second.start());
  std::vector<std::unique_ptr<Puller>> pullers;
  for (const QString& unit : {QStringLiteral("19"), QStringLiteral("164"), QStringLiteral("173"),
                              QStringLiteral("05449"), QStringLiteral("05953"), QStringLiteral("05449-1"),
                              QStringLiteral("05452-3")})
    pullers.push_back(std::make_unique<Puller>(fixture, second.address(), unit));
  const std::string provinceCredential = pullers.front()->viaFirst.enrolment().credential();
  // Both servers' figures exist before anything is written (each built its own at start).
  liveProgress(fixture.server.address(), provinceCredential);
  liveProgress(second.address(), provinceCredential);

  std::vector<std::unique_ptr<RawDevice>> writers;  // per branch: through the first, then the second server
  for (const QString& branch : kBranches) {
    writers.push_back(std::make_unique<RawDevice>(fixture.rawDevice(branch)));
    writers.push_back(std::make_unique<RawDevice>(second.address()));
    writers.back()->setCredential(writers[writers.size() - 2]->enrolment().credential());
  }
  std::vector<QSet<QString>> accepted(size_t(kBranches.size()));
  std::atomic<int> running{int(kBranches.size())};
  std::vector<std::thread> threads;
  for (size_t b = 0; b < accepted.size(); ++b)
    threads.emplace_back([&, b] {
      RawDevice* through[2] = {writers[2 * b].get(), writers[2 * b + 1].get()};
      accepted[b] = writeThroughBoth(through, kBranches.at(qsizetype(b)));
      --running;
    });
  for (int turn = 0; running > 0; ++turn) {
    for (auto& puller : pullers) puller->pullPage(turn);
    liveProgress(turn % 2 ? second.address() : fixture.server.address(), provinceCredential);  // reads meanwhile
  }
  for (std::thread& thread : threads) thread.join();
  for (auto& puller : pullers)
    for (int turn = 0; puller->pullPage(turn); ++turn) {
    }

  for (auto& puller : pullers) {
    INFO("scope " << puller->scope.toStdString());
    QSet<QString> expected;
    for (size_t b = 0; b < accepted.size(); ++b)
      if (inScope(kBranches.at(qsizetype(b)), puller->scope)) expected += accepted[b];
    CHECK(expected.size() > 0);
    CHECK(QSet<QString>(puller->seen.keyBegin(), puller->seen.keyEnd()) == expected);
    for (auto it = puller->seen.cbegin(); it != puller->seen.cend(); ++it) CHECK(it.value() == 1);
  }
  const QJsonObject scratch = progressFromScratch(fixture.db);
  checkEqual(scratch, liveProgress(fixture.server.address(), provinceCredential).unit);
  checkEqual(scratch, liveProgress(second.address(), provinceCredential).unit);
}

// The plan's text as the device reads it (compressed on the wire to apps of this schema).
QByteArray planTextOf(const v1::ReferenceData& reference) {
  plan::ReferenceData read;
  REQUIRE_FALSE(fromProto(reference, &read));
  REQUIRE(read.plan);
  return read.plan->text;
}

TEST_CASE("a plan, baselines and a tree change made by sohoi-admin while two servers run reach both") {
  ProvinceFixture fixture;
  ServerProcess second(fixture.db);
  REQUIRE(second.start());
  Puller province(fixture, second.address(), QStringLiteral("19"));
  const std::string credential = province.viaFirst.enrolment().credential();
  const client::ProgressAnswer before = liveProgress(second.address(), credential);
  liveProgress(fixture.server.address(), credential);
  v1::PullResponse first;
  REQUIRE(province.viaFirst.pull(province.request, &first).status.ok());
  const std::string heldVersion = first.reference().version();

  // The plan the servers hold (it came with the pull) under another title, with its first target halved.
  QJsonObject planJson = QJsonDocument::fromJson(planTextOf(first.reference())).object();
  REQUIRE(planJson.value("indicators").toArray().size() > 0);
  planJson.insert("title_en", QStringLiteral("Targets revised in June"));
  QJsonArray indicators = planJson.value("indicators").toArray();
  QJsonObject firstIndicator = indicators.at(0).toObject();
  firstIndicator.insert("min_percent", 50);
  indicators.replace(0, firstIndicator);
  planJson.insert("indicators", indicators);
  QTemporaryDir dir;
  QFile revised(dir.filePath(QStringLiteral("plan.json")));
  REQUIRE(revised.open(QIODevice::WriteOnly));
  revised.write(QJsonDocument(planJson).toJson());
  revised.close();
  QString output;
  REQUIRE(loadBaselines(fixture.db, "05449-1,2020,1000,1200,0,1,0,0\n05950-2,2020,400,500,0,1,0,0\n", &output) == 0);
  REQUIRE(runAdmin({"--db", fixture.db, "load-plan", revised.fileName()}, &output) == 0);
  const QString today = QDate::currentDate().toString(Qt::ISODate);
  REQUIRE(runAdmin({"--db", fixture.db, "move-unit", "05449-1", "--to", "05452", "--from", today}, &output) == 0);

  const QJsonObject scratch = progressFromScratch(fixture.db);
  for (const ServerProcess* server : {&fixture.server, &second}) {
    INFO("server " << server->address().toStdString());
    const client::ProgressAnswer after = liveProgress(server->address(), credential);
    CHECK(before.plan.titleEn != after.plan.titleEn);
    CHECK(after.plan.titleEn == QStringLiteral("Targets revised in June"));
    checkEqual(scratch, after.unit);

    v1::PullRequest request = province.request;
    request.set_reference_version(heldVersion);
    v1::PullResponse page;
    RawDevice& device = server == &second ? province.viaSecond : province.viaFirst;
    REQUIRE(device.pull(request, &page).status.ok());
    REQUIRE(page.has_reference());
    CHECK(page.reference().version() != heldVersion);
    CHECK(
        QString::fromUtf8(planTextOf(page.reference())).contains(QStringLiteral("Targets revised in June")));
    QHash<QString, qint64> members;
    for (const v1::UnitBaseline& baseline : page.reference().baselines())
      members.insert(QString::fromStdString(baseline.unit_id()), qint64(baseline.members()));
    CHECK(members.value(QStringLiteral("05449-1")) == 1000);
    CHECK(members.value(QStringLiteral("05950-2")) == 400);
    QHash<QString, QString> parents;
    for (const v1::OrgUnit& unit : page.reference().units())
      parents.insert(QString::fromStdString(unit.id()), QString::fromStdString(unit.parent_id()));
    CHECK(parents.value(QStringLiteral("05449-1")) == QStringLiteral("05452"));
  }
}
