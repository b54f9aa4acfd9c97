// Bad plan files are refused with the file, the line and the reason (in both languages).
#include "plan/plan_loader.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi::plan;

namespace {

// Line 1: "{", line 2: header, line 3: "indicators", then one line per indicator, from line 4.
QByteArray planText(const QByteArray& indicators) {
  return "{\n\"format\": \"sohoi-plan/1\", \"province\": \"P\", \"year\": 2021,\n\"indicators\": [\n" +
         indicators + "\n]}\n";
}

const QByteArray kGood =
    R"({"id": "a", "group": 2, "title_vi": "A", "title_en": "A", "level": "province", "shape": "count", "records": {"kind": "activity"}, "min": 1})";

PlanError onlyError(const QByteArray& indicators) {
  const PlanLoadResult result = parsePlan(planText(indicators), QStringLiteral("bad-plan.json"));
  REQUIRE_FALSE(result.ok());
  REQUIRE(result.errors.size() >= 1);
  for (const PlanError& error : result.errors) INFO(error.toString().toStdString());
  return result.errors.front();
}

QByteArray replaced(QByteArray text, const char* from, const char* to) { return text.replace(from, to); }

}  // namespace

TEST_CASE("a well-formed plan loads") {
  const PlanLoadResult result = parsePlan(planText(kGood), QStringLiteral("good.json"));
  REQUIRE(result.ok());
  CHECK(result.plan->indicators.size() == 1);
  CHECK(result.plan->indicators.front().line == 4);
}

TEST_CASE("an unknown record kind is refused with its line") {
  const PlanError error =
      onlyError(kGood + ",\n" + replaced(replaced(kGood, "\"a\"", "\"b\""), "activity", "activty"));
  CHECK(error.file == "bad-plan.json");
  CHECK(error.line == 5);
  CHECK(error.messageEn.contains("unknown record kind \"activty\""));
  CHECK(error.messageVi.contains(QStringLiteral("không tồn tại")));
  CHECK(error.toString().startsWith("bad-plan.json:5: "));
}

TEST_CASE("an unknown field is refused with its line") {
  const QByteArray indicator =
      "{\"id\": \"a\", \"group\": 2, \"title_vi\": \"A\", \"title_en\": \"A\",\n"
      "  \"level\": \"province\", \"shape\": \"count\", \"min\": 1,\n"
      "  \"records\": {\"kind\": \"activity\", \"where\": {\"colour\": 1}}}";
  const PlanError error = onlyError(indicator);
  CHECK(error.line == 6);  // the third line of the indicator, which starts on line 4
  CHECK(error.messageEn.contains("colour"));
}

TEST_CASE("a value that does not fit its field is refused") {
  const PlanError error = onlyError(replaced(kGood, "{\"kind\": \"activity\"}",
                                             "{\"kind\": \"activity\", \"where\": {\"kind\": \"dancing\"}}"));
  CHECK(error.line == 4);
  CHECK(error.messageEn.contains("dancing"));
}

TEST_CASE("a negative threshold is refused") {
  const PlanError error = onlyError(replaced(kGood, "\"min\": 1", "\"min\": -5"));
  CHECK(error.line == 4);
  CHECK(error.messageEn.contains("negative"));
  CHECK(error.messageVi.contains(QStringLiteral("âm")));
}

TEST_CASE("a bad level is refused") {
  const PlanError error = onlyError(replaced(kGood, "\"province\"", "\"hamlet\""));
  CHECK(error.line == 4);
  CHECK(error.messageEn.contains("bad level \"hamlet\""));
}

TEST_CASE("a duplicate indicator id is refused at the second one") {
  const PlanError error = onlyError(kGood + ",\n" + kGood);
  CHECK(error.line == 5);
  CHECK(error.messageEn.contains("duplicate indicator id \"a\" (first on line 4)"));
}

TEST_CASE("broken JSON is refused with the line of the break") {
  const PlanLoadResult result =
      parsePlan(planText(kGood + ",\n{\"id\": \"b\" \"group\": 2}"), QStringLiteral("broken.json"));
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors.front().line == 5);
  CHECK(result.errors.front().messageEn.startsWith("invalid JSON"));
}

TEST_CASE("an unknown key is refused rather than ignored") {
  const PlanError error = onlyError(replaced(kGood, "\"min\": 1", "\"minimum\": 1, \"min\": 1"));
  CHECK(error.messageEn.contains("\"minimum\""));
}

TEST_CASE("an unknown baseline and a missing target are refused") {
  CHECK(onlyError(replaced(kGood, "\"min\": 1",
                           "\"percent_of_baseline\": {\"baseline\": \"cats\", \"percent\": 5}"))
            .messageEn.contains("unknown baseline \"cats\""));
  CHECK(onlyError(replaced(kGood, ", \"min\": 1", "")).messageEn.contains("needs \"min\""));
}

TEST_CASE("every problem of a file is listed, in line order") {
  const QByteArray second = replaced(replaced(kGood, "\"a\"", "\"b\""), "\"min\": 1", "\"min\": -1");
  const QByteArray first = replaced(kGood, "activity", "activty");
  const PlanLoadResult result = parsePlan(planText(first + ",\n" + second), QStringLiteral("two.json"));
  REQUIRE(result.errors.size() == 2);
  CHECK(result.errors.at(0).line == 4);
  CHECK(result.errors.at(1).line == 5);
}

TEST_CASE("a file that cannot be read is refused with its path") {
  const PlanLoadResult result = loadPlanFile(QStringLiteral("/nonexistent/plan.json"));
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors.front().file == "/nonexistent/plan.json");
}

TEST_CASE("a plan names the levels that review a record, in turn; a bad or repeated level is refused") {
  const auto withLevels = [](const QByteArray& levels) {
    QByteArray text = planText(kGood);
    return text.replace("\"year\": 2021,", "\"year\": 2021, \"review_levels\": " + levels + ",");
  };
  const PlanLoadResult chain = parsePlan(withLevels(R"(["commune", "district"])"), QStringLiteral("good.json"));
  REQUIRE(chain.ok());
  CHECK(chain.plan->reviewLevels == std::vector<sohoi::UnitLevel>{sohoi::UnitLevel::Commune, sohoi::UnitLevel::District});
  CHECK(parsePlan(planText(kGood), QStringLiteral("good.json")).plan->reviewLevels.empty());
  for (const QByteArray& bad : {QByteArray(R"(["branch"])"), QByteArray(R"(["commune", "commune"])"),
                                QByteArray(R"(["huyen"])")}) {
    const PlanLoadResult result = parsePlan(withLevels(bad), QStringLiteral("bad-plan.json"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors.front().messageEn.contains("review level"));
  }
}

TEST_CASE("judged levels and unit types: only on coverage or distribution, known names, none below the level") {
  const QByteArray coverage =
      R"({"id": "c", "group": 6, "title_vi": "C", "title_en": "C", "level": "commune", "shape": "coverage", "min_percent": 100, "per_unit": {"shape": "count", "records": {"kind": "activity"}, "min": 1}, "levels": ["district", "commune"], "unit_types": ["area"]})";
  const PlanLoadResult good = parsePlan(planText(coverage), QStringLiteral("good.json"));
  REQUIRE(good.ok());
  const Indicator& loaded = good.plan->indicators.front();
  CHECK(loaded.levels == std::vector<sohoi::UnitLevel>{sohoi::UnitLevel::District, sohoi::UnitLevel::Commune});
  CHECK(loaded.unitTypes == std::vector<sohoi::UnitType>{sohoi::UnitType::Area});

  CHECK(onlyError(replaced(coverage, "\"district\", \"commune\"", "\"district\", \"branch\"")).messageEn.contains("none below"));
  CHECK(onlyError(replaced(coverage, "\"district\", \"commune\"", "\"district\"")).messageEn.contains("must include"));
  CHECK(onlyError(replaced(coverage, "[\"area\"]", "[\"guild\"]")).messageEn.contains("unknown unit type \"guild\""));
  CHECK(onlyError(replaced(kGood, "\"min\": 1", "\"min\": 1, \"levels\": [\"province\"]")).messageEn.contains("only for coverage"));
  // Judging a unit on its own part needs a figure that adds up over units.
  const QByteArray ratio = replaced(coverage, R"({"shape": "count", "records": {"kind": "activity"}, "min": 1})",
                                    R"({"shape": "ratio", "numerator": {"baseline": "members"}, "denominator": {"baseline": "women_18_plus"}, "min_percent": 50})");
  CHECK(onlyError(ratio).messageEn.contains("count or distinct_people"));
}

TEST_CASE("a quarterly indicator keeps a measure of its own for each quarter") {
  const QByteArray quarterly = replaced(kGood, "\"level\": \"province\"", "\"level\": \"province\", \"period\": \"quarter\"");
  const PlanLoadResult result = parsePlan(planText(quarterly), QStringLiteral("q.json"));
  REQUIRE(result.ok());
  const Indicator& indicator = result.plan->indicators.front();
  REQUIRE(indicator.quarterMeasures.size() == 4);
  CHECK(&indicator.quarterMeasures[0].quantity != &indicator.measure.quantity);
  CHECK(parsePlan(planText(kGood), QStringLiteral("y.json")).plan->indicators.front().quarterMeasures.empty());
}

TEST_CASE("a link over the period needs latest_by and a field that names another record") {
  const QByteArray visits = replaced(kGood, "{\"kind\": \"activity\"}", "{\"kind\": \"household_visit\"}");
  const QByteArray linked = ", \"linked_in_period\": {\"field\": \"help_id\", \"where\": {\"kind\": \"poverty_help\"}}}";
  const QByteArray good = replaced(visits, "\"min\": 1}", "\"min\": 1, \"latest_by\": \"household_id\"" + linked);
  const PlanLoadResult result = parsePlan(planText(good), QStringLiteral("good.json"));
  REQUIRE(result.ok());
  CHECK(result.plan->indicators.front().measure.quantity.linkField == QLatin1String("help_id"));
  CHECK(onlyError(replaced(visits, "\"min\": 1}", "\"min\": 1" + linked)).messageEn.contains("needs \"latest_by\""));
  CHECK(onlyError(replaced(good, "help_id", "date")).messageEn.contains("does not refer to another record"));
  CHECK(onlyError(replaced(good, "poverty_help", "charity")).messageEn.contains("charity"));
}
