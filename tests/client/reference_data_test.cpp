// Specifications of the reference data a pull brings (org tree, plan, 2020 baselines): stored with its page,
// kept across restarts, replaced whole by a newer version, and asked for by the version the device holds.
#include "fake_server.h"
#include "sync/synchronizer.h"
#include "test_support.h"
#include "wire/record_codec.h"
#include "wire/reference_codec.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::client;

namespace {

plan::UnitBaseline baseline(const QString& unitId, qint64 members) {
  plan::UnitBaseline b;
  b.unitId = unitId;
  b.members = members;
  b.women18Plus = 2 * members;
  b.fund = 1000 * members;
  return b;
}

plan::ReferenceData reference(const QString& version, const QByteArray& planText,
                              std::vector<plan::UnitBaseline> baselines) {
  std::vector<OrgUnit> units = test::smallTree();
  units.push_back({QStringLiteral("C-3"), QStringLiteral("C"), QStringLiteral("Chi hội Xóm 3"), UnitLevel::Branch});
  return {version, units, plan::PlanFile{2021, QStringLiteral("plan.json"), planText}, std::move(baselines)};
}

}  // namespace

TEST_CASE("reference data is stored with its page and cursor, or not at all") {
  test::TempStore temp;
  const plan::ReferenceData data = reference(QStringLiteral("v1"), "{\"year\": 2021}", {baseline("C-1", 40)});
  temp.store->setFailpointForTesting(QStringLiteral("apply_page"));
  CHECK_FALSE(temp.store->applyPulledPage({}, data, "c1").isOk());
  CHECK(temp.store->referenceVersion().isEmpty());
  CHECK_FALSE(temp.store->planFile().has_value());
  CHECK(temp.store->baselines().empty());
  CHECK_FALSE(temp.store->orgTree().contains(QStringLiteral("C-3")));
  CHECK(temp.store->cursor().isEmpty());

  temp.store->setFailpointForTesting({});
  REQUIRE(temp.store->applyPulledPage({}, data, "c1").isOk());
  CHECK(temp.store->referenceVersion() == QStringLiteral("v1"));
  CHECK(temp.store->planFile()->text == "{\"year\": 2021}");
  CHECK(temp.store->baselines().size() == 1);
  CHECK(temp.store->orgTree().contains(QStringLiteral("C-3")));
  CHECK(temp.store->cursor() == "c1");
}

TEST_CASE("reference data survives a restart") {
  test::TempStore temp;
  REQUIRE(temp.store->applyPulledPage({}, reference(QStringLiteral("v1"), "plan text", {baseline("C-1", 40)}), "c1")
              .isOk());
  temp.store.reset();
  Status status;
  const std::unique_ptr<LocalStore> reopened = LocalStore::open(temp.path(), &status);
  REQUIRE(reopened);
  CHECK(reopened->referenceVersion() == QStringLiteral("v1"));
  const std::optional<plan::PlanFile> planFile = reopened->planFile();
  REQUIRE(planFile);
  CHECK(planFile->year == 2021);
  CHECK(planFile->fileName == QStringLiteral("plan.json"));
  CHECK(planFile->text == "plan text");
  const std::vector<plan::UnitBaseline> baselines = reopened->baselines();
  REQUIRE(baselines.size() == 1);
  CHECK(baselines[0].unitId == QStringLiteral("C-1"));
  CHECK(baselines[0].members == 40);
  CHECK(baselines[0].women18Plus == 80);
  CHECK(baselines[0].fund == 40000);
  CHECK(reopened->orgTree().contains(QStringLiteral("C-3")));
}

TEST_CASE("a newer version replaces the tree, plan and baselines held; a page without one keeps them") {
  test::TempStore temp;
  REQUIRE(temp.store->applyPulledPage({}, reference(QStringLiteral("v1"), "old plan",
                                                    {baseline("C-1", 40), baseline("C-2", 50)}), "c1")
              .isOk());
  plan::ReferenceData newer{QStringLiteral("v2"), test::smallTree(), std::nullopt, {baseline("C-2", 55)}};
  REQUIRE(temp.store->applyPulledPage({}, newer, "c2").isOk());
  CHECK(temp.store->referenceVersion() == QStringLiteral("v2"));
  CHECK_FALSE(temp.store->planFile().has_value());  // the server has no plan any more: none is shown
  REQUIRE(temp.store->baselines().size() == 1);
  CHECK(temp.store->baselines()[0].members == 55);
  CHECK_FALSE(temp.store->orgTree().contains(QStringLiteral("C-3")));

  REQUIRE(temp.store->applyPulledPage({}, std::nullopt, "c3").isOk());
  CHECK(temp.store->referenceVersion() == QStringLiteral("v2"));
  CHECK(temp.store->baselines().size() == 1);
  CHECK(temp.store->orgTree().contains(QStringLiteral("C-1")));
}

TEST_CASE("each pull names the reference version held, and a changed one reaches the device") {
  test::TempStore temp;
  test::FakeServer server;
  Synchronizer sync(temp.store.get(), &server);
  REQUIRE(sync.runOnce().ok());
  REQUIRE(server.heldReferences.size() == 1);
  CHECK(server.heldReferences[0].isEmpty());
  CHECK(temp.store->referenceVersion() == QStringLiteral("reference-1"));

  REQUIRE(sync.runOnce().ok());
  CHECK(server.heldReferences.back() == QStringLiteral("reference-1"));

  server.reference = reference(QStringLiteral("reference-2"), "new plan", {baseline("C-1", 40)});
  REQUIRE(sync.runOnce().ok());
  CHECK(temp.store->referenceVersion() == QStringLiteral("reference-2"));
  CHECK(temp.store->planFile()->text == "new plan");
  CHECK(temp.store->orgTree().contains(QStringLiteral("C-3")));
}

TEST_CASE("core members and unit types come over the wire and stay in the store") {
  v1::ReferenceData wire;
  wire.set_version("v3");
  OrgUnit bloc{QStringLiteral("E1"), QStringLiteral("P"), QStringLiteral("Khối cơ quan tỉnh"), UnitLevel::District};
  bloc.type = UnitType::Equivalent;
  toProto(bloc, wire.add_units());
  toProto(OrgUnit{QStringLiteral("P"), {}, QStringLiteral("Tỉnh"), UnitLevel::Province}, wire.add_units());
  plan::UnitBaseline withCore = baseline("E1", 40);
  withCore.coreMembers = 17;
  toProto(withCore, wire.add_baselines());
  plan::ReferenceData data;
  REQUIRE_FALSE(fromProto(wire, &data));
  test::TempStore temp;
  REQUIRE(temp.store->applyPulledPage({}, data, "c1").isOk());
  temp.store.reset();
  Status status;
  const std::unique_ptr<LocalStore> reopened = LocalStore::open(temp.path(), &status);
  REQUIRE(reopened);
  CHECK(reopened->orgTree().find(QStringLiteral("E1"))->type == UnitType::Equivalent);
  CHECK(reopened->orgTree().find(QStringLiteral("P"))->type == UnitType::Area);
  REQUIRE(reopened->baselines().size() == 1);
  CHECK(reopened->baselines()[0].coreMembers == 17);
}

TEST_CASE("an older server's units and baselines, without types or core members, read as area units with none") {
  v1::ReferenceData wire;
  v1::OrgUnit* unit = wire.add_units();
  unit->set_id("D1");
  unit->set_level(v1::UNIT_LEVEL_DISTRICT);
  v1::UnitBaseline* old = wire.add_baselines();
  old->set_unit_id("D1");
  old->set_members(90);
  plan::ReferenceData data;
  REQUIRE_FALSE(fromProto(wire, &data));
  CHECK(data.units.front().type == UnitType::Area);
  CHECK(data.baselines.front().coreMembers == 0);
  CHECK(data.baselines.front().members == 90);
}

TEST_CASE(
    "a plan's text that comes compressed reads as the text, and one that does not decompress is refused") {
  const plan::PlanFile sent{2021, QStringLiteral("ke-hoach.json"),
                            QByteArray("{\"year\": 2021, \"groups\": []}")};
  v1::ReferenceData wire;
  toProto(sent, wire.mutable_plan(), true);
  REQUIRE(wire.plan().text().empty());
  plan::ReferenceData data;
  REQUIRE_FALSE(fromProto(wire, &data));
  REQUIRE(data.plan);
  CHECK(data.plan->text == sent.text);
  CHECK(data.plan->fileName == sent.fileName);
  CHECK(data.plan->year == 2021);

  for (const std::string& damaged : {std::string("not zlib at all"), wire.plan().text_zlib().substr(0, 10),
                                     wire.plan().text_zlib() + "trailing"}) {
    v1::ReferenceData bad = wire;
    bad.mutable_plan()->set_text_zlib(damaged);
    plan::ReferenceData refused;
    const std::optional<Rejection> rejection = fromProto(bad, &refused);
    REQUIRE(rejection);
    CHECK(rejection->code == ReasonCode::Malformed);
    CHECK(rejection->messageEn.contains(QStringLiteral("plan")));
  }
}
