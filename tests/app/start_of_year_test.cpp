// A household's status at the start of the year, recorded when it is first registered: a visit dated
// before 1 January of the plan's year through the normal save path, read by the device's own figures as
// the household's start (4.2 counts households newly meeting the 8 criteria).
#include <catch2/catch.hpp>

#include "household_cases.h"
#include "household_criteria.h"
#include "local_progress.h"
#include "record_editor.h"
#include "test_store.h"

using namespace sohoi;
using namespace sohoi::app;

namespace {

QString newHousehold(test::DemoApp& demo, bool* offered) {
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("household"));
  editor.setText(QStringLiteral("head_name"), QStringLiteral("Hoàng Thị Lan"));
  *offered = editor.offersStartOfYear();
  QString saved;
  QObject::connect(&editor, &RecordEditor::saved, [&](const QString& id) { saved = id; });
  REQUIRE(editor.save());
  return saved;
}

/// A visit form to household, the first `met` of the 8 criteria met.
void fillVisit(RecordEditor& editor, test::DemoApp& demo, const QString& household, bool startOfYear, int met) {
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("household_visit"));
  editor.setStartOfYear(startOfYear);
  editor.setId(QStringLiteral("household_id"), household);
  for (int i = 0; i < criteriaFields().size(); ++i) editor.setChecked(criteriaFields()[i], i < met);
}

void saveVisit(test::DemoApp& demo, const QString& household, bool startOfYear, int met, const QDate& date = {}) {
  RecordEditor editor;
  fillVisit(editor, demo, household, startOfYear, met);
  if (date.isValid()) editor.setDate(QStringLiteral("date"), date.year(), date.month(), date.day());
  REQUIRE(editor.save());
}

/// Indicator 4.2 (households newly meeting the 8 criteria) at the device's unit, counted on the device.
double newlyMeeting(test::DemoApp& demo) {
  const auto answer = progressFromStore(demo.manager()->path(), demo.manager()->account().unitId, 0,
                                        QStringLiteral("2021-12-31"));
  REQUIRE(answer.ok());
  for (const plan::IndicatorProgress& indicator : answer.value->unit.indicators)
    if (indicator.indicatorId == QLatin1String("4.2")) return indicator.value;
  FAIL("no indicator 4.2");
  return -1;
}

}  // namespace

TEST_CASE("a new household's form offers its status at the start of the year once saved") {
  test::DemoApp demo(false);
  bool offered = false;
  newHousehold(demo, &offered);
  CHECK(offered);
  RecordEditor edit;
  edit.setManager(demo.manager());
  edit.setKind(QStringLiteral("household"));
  edit.setRecordId(demo.manager()->summaries(RecordKind::Household).front().recordId);
  CHECK_FALSE(edit.offersStartOfYear());  // an edit is not a registration
}

TEST_CASE("the start of the year is dated 31/12 of the year before the plan's, and cannot be in the year") {
  test::DemoApp demo(false);
  bool offered = false;
  const QString household = newHousehold(demo, &offered);
  RecordEditor editor;
  fillVisit(editor, demo, household, true, 8);
  CHECK(editor.title() == QStringLiteral("Tình trạng đầu năm"));
  CHECK(editor.startOfYearNote().contains(QStringLiteral("01/01/2021")));
  CHECK(editor.value(QStringLiteral("date")).toString() == QStringLiteral("31/12/2020"));
  bool helpShown = true;
  for (int row = 0; row < editor.rowCount(); ++row)
    if (editor.data(editor.index(row), RecordEditor::NameRole).toString() == QLatin1String("help_id"))
      helpShown = editor.data(editor.index(row), RecordEditor::ShownRole).toBool();
  CHECK_FALSE(helpShown);  // no help is given on the day the register is read

  editor.setDate(QStringLiteral("date"), 2021, 1, 5);
  CHECK_FALSE(editor.save());
  CHECK_FALSE(editor.valid());
  editor.setDate(QStringLiteral("date"), 2020, 11, 20);  // the day the branch last assessed it
  CHECK(editor.save());
  const auto visits = demo.manager()->store().currentRecords(RecordKind::HouseholdVisit);
  REQUIRE(visits.size() == 1);
  CHECK(visits.front().head.fields.value(QStringLiteral("date")).toDate() == QDate(2020, 11, 20));
}

TEST_CASE("a start state of 8/8 then a 2021 visit at 8/8 is not newly meeting, while 6/8 then 8/8 is") {
  test::DemoApp demo(false);
  bool offered = false;
  const double before = newlyMeeting(demo);
  const QString met = newHousehold(demo, &offered);
  saveVisit(demo, met, true, 8);
  saveVisit(demo, met, false, 8, QDate(2021, 6, 1));
  CHECK(newlyMeeting(demo) == before);
  const QString short6 = newHousehold(demo, &offered);
  saveVisit(demo, short6, true, 6);
  saveVisit(demo, short6, false, 8, QDate(2021, 6, 1));
  CHECK(newlyMeeting(demo) == before + 1);
}

TEST_CASE("the household's page labels its status at the start of the year, and offers it while missing") {
  test::DemoApp demo(false);
  bool offered = false;
  const QString household = newHousehold(demo, &offered);
  HouseholdCases cases;
  cases.setManager(demo.manager());
  cases.setHouseholdId(household);
  CHECK_FALSE(cases.hasStartOfYear());
  saveVisit(demo, household, true, 7);
  saveVisit(demo, household, false, 8, QDate(2021, 6, 1));
  CHECK(cases.hasStartOfYear());
  REQUIRE(cases.visits().size() == 2);
  CHECK_FALSE(cases.visits().first().toMap().value(QStringLiteral("startOfYear")).toBool());
  CHECK(cases.visits().last().toMap().value(QStringLiteral("startOfYear")).toBool());
}
