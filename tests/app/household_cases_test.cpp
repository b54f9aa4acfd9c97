// Households as cases: a household's visits over time, and the home page's worklist of households due a
// visit or one criterion short of 8/8.
#include "household_cases.h"

#include <catch2/catch.hpp>

#include "household_criteria.h"
#include "test_store.h"

using namespace sohoi::app;
using sohoi::RecordKind;

namespace {

QString addHousehold(test::DemoApp& demo, const QString& head) {
  QString id;
  REQUIRE(demo.manager()->create(RecordKind::Household, {{QStringLiteral("head_name"), head}}, &id).isOk());
  return id;
}

/// A visit on date meeting the first `met` criteria.
void addVisit(test::DemoApp& demo, const QString& household, const QDate& date, int met) {
  QVariantMap fields{{QStringLiteral("household_id"), household}, {QStringLiteral("date"), date}};
  for (int i = 0; i < met; ++i) fields.insert(criteriaFields()[i], true);
  REQUIRE(demo.manager()->create(RecordKind::HouseholdVisit, fields).isOk());
}

QStringList titles(const QVariantList& list) {
  QStringList result;
  for (const QVariant& item : list) result.append(item.toMap().value(QStringLiteral("title")).toString());
  return result;
}

}  // namespace

TEST_CASE("a household's page lists its visits newest first, with the criteria each met and missed") {
  test::DemoApp demo(false);
  const QDate today = QDate::currentDate();
  const QString lan = addHousehold(demo, QStringLiteral("Hoàng Thị Lan"));
  addVisit(demo, lan, today.addMonths(-6), 5);
  addVisit(demo, lan, today.addDays(-3), 8);
  HouseholdCases cases;
  cases.setManager(demo.manager());
  cases.setHouseholdId(lan);
  REQUIRE(cases.visits().size() == 2);
  const QVariantMap latest = cases.visits().first().toMap();
  CHECK(latest.value(QStringLiteral("criteriaMet")).toInt() == 8);
  CHECK(latest.value(QStringLiteral("missing")).toString().isEmpty());
  const QVariantMap earlier = cases.visits().last().toMap();
  CHECK(earlier.value(QStringLiteral("criteriaMet")).toInt() == 5);
  CHECK(earlier.value(QStringLiteral("missing")).toString().contains(QStringLiteral("Sạch bếp")));
}

TEST_CASE("the worklist lists households never visited or not for 3 months, never visited first") {
  test::DemoApp demo(false);
  const QDate today = QDate::currentDate();
  const QString recent = addHousehold(demo, QStringLiteral("Hộ mới thăm"));
  const QString old = addHousehold(demo, QStringLiteral("Hộ lâu chưa thăm"));
  addHousehold(demo, QStringLiteral("Hộ chưa thăm"));
  addVisit(demo, recent, today.addMonths(-1), 8);
  addVisit(demo, old, today.addMonths(-4), 8);
  HouseholdCases cases;
  cases.setManager(demo.manager());
  CHECK(cases.householdCount() == 3);
  CHECK(titles(cases.due()) == QStringList{"Hộ chưa thăm", "Hộ lâu chưa thăm"});
  CHECK(cases.due()
            .last()
            .toMap()
            .value(QStringLiteral("detail"))
            .toString()
            .contains(today.addMonths(-4).toString(QStringLiteral("dd/MM/yyyy"))));
  addVisit(demo, old, today, 8);  // the worklist follows the saves
  CHECK(titles(cases.due()) == QStringList{"Hộ chưa thăm"});
}

TEST_CASE("the worklist lists households one criterion short at their latest visit, naming the missing one") {
  test::DemoApp demo(false);
  const QDate today = QDate::currentDate();
  const QString close = addHousehold(demo, QStringLiteral("Hộ thiếu một"));
  const QString fixedSince = addHousehold(demo, QStringLiteral("Hộ đã đủ"));
  const QString far = addHousehold(demo, QStringLiteral("Hộ thiếu nhiều"));
  addVisit(demo, close, today, 7);
  addVisit(demo, fixedSince, today.addDays(-20), 7);
  addVisit(demo, fixedSince, today, 8);
  addVisit(demo, far, today, 4);
  HouseholdCases cases;
  cases.setManager(demo.manager());
  CHECK(titles(cases.oneShort()) == QStringList{"Hộ thiếu một"});
  CHECK(cases.oneShort().first().toMap().value(QStringLiteral("detail")).toString() ==
        QStringLiteral("Còn thiếu: Sạch ngõ"));
}
