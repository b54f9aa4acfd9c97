#include "demo_data.h"
#include "home_model.h"
#include "household_criteria.h"
#include "navigation_model.h"
#include "record_editor.h"
#include "record_list_model.h"
#include "test_store.h"

#include <QAbstractItemModelTester>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace sohoi::app;

namespace {

QStringList homeKinds(RecordManager* manager) {
  HomeModel home;
  home.setManager(manager);
  QStringList kinds;
  for (const QVariant& entry : home.kindCounts()) kinds.append(entry.toMap().value("kind").toString());
  return kinds;
}

/// The menu's entries with the More group unfolded.
QStringList unfoldedMenu(RecordManager* manager) {
  NavigationModel menu;
  menu.setManager(manager);
  menu.setMoreExpanded(true);
  return menu.names();
}

}  // namespace

TEST_CASE("a branch's menu lists the six weekly kinds, then folds the plan's other kinds under More") {
  test::DemoApp demo;
  NavigationModel menu;
  QAbstractItemModelTester tester(&menu, QAbstractItemModelTester::FailureReportingMode::Fatal);
  menu.setManager(demo.manager());
  CHECK(menu.names() == QStringList{"home", "list:activity", "list:training", "list:household",
                                    "list:household_visit", "list:member", "list:person", "group:more", "inbox",
                                    "sync", "settings"});
  menu.setMoreExpanded(true);
  CHECK(menu.names().mid(8, 5) == QStringList{"list:exemplar", "list:media_post", "list:economic_support",
                                              "list:programme_contribution", "list:plan_event"});
}

TEST_CASE("a branch is not offered a fund report or a unit rating, which validation refuses at a branch") {
  test::DemoApp demo;
  const QStringList menu = unfoldedMenu(demo.manager());
  CHECK_FALSE(menu.contains("list:fund_report"));
  CHECK_FALSE(menu.contains("list:unit_rating"));
}

TEST_CASE("a commune unit's menu adds its fund report and rating; it sees its branches' households") {
  test::DemoApp demo;
  demo.moveTo(QString::fromLatin1(kDemoCommuneId));
  const QStringList menu = unfoldedMenu(demo.manager());
  CHECK(menu.contains("list:fund_report"));
  CHECK(menu.contains("list:unit_rating"));
  CHECK(menu.contains("list:household"));
}

TEST_CASE("the menu follows the device's unit when a sync or an enrolment changes it") {
  test::DemoApp demo;
  NavigationModel menu;
  menu.setManager(demo.manager());
  menu.setMoreExpanded(true);
  demo.moveTo(QString::fromLatin1(kDemoCommuneId));
  CHECK(menu.names().contains("list:fund_report"));
}

TEST_CASE("a list offers to add only what the device's unit and role may save, and says why not otherwise") {
  test::DemoApp demo;
  RecordListModel households;
  households.setManager(demo.manager());
  households.setKind(QStringLiteral("household"));
  CHECK(households.canAdd());
  CHECK(households.addHint().isEmpty());
  demo.moveTo(QString::fromLatin1(kDemoCommuneId));
  CHECK_FALSE(households.canAdd());
  CHECK_FALSE(households.addHint().isEmpty());
  CHECK(households.totalCount() == 4);  // the branch's households, still listed
  RecordListModel funds;
  funds.setManager(demo.manager());
  funds.setKind(QStringLiteral("fund_report"));
  CHECK(funds.canAdd());
  // A commune is rated by its district: its officer reads the rating but does not give it.
  RecordListModel ratings;
  ratings.setManager(demo.manager());
  ratings.setKind(QStringLiteral("unit_rating"));
  CHECK_FALSE(ratings.canAdd());
  CHECK_FALSE(ratings.addHint().isEmpty());
}

TEST_CASE("a new form the unit may not save says why; an edit of a branch's record does not") {
  test::DemoApp demo;
  const QString household = demo.manager()->summaries(sohoi::RecordKind::Household).front().recordId;
  demo.moveTo(QString::fromLatin1(kDemoCommuneId));
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("household"));
  CHECK_FALSE(editor.notAllowedHere().isEmpty());
  editor.setRecordId(household);
  CHECK(editor.notAllowedHere().isEmpty());
}

TEST_CASE("the home page's quick-add buttons are the weekly kinds the unit may add") {
  test::DemoApp demo;
  CHECK(homeKinds(demo.manager()) ==
        QStringList{"activity", "training", "household", "household_visit", "member"});
  demo.moveTo(QString::fromLatin1(kDemoCommuneId));
  CHECK(homeKinds(demo.manager()) == QStringList{"activity", "training"});
}

TEST_CASE("every kind a unit is offered to add saves there through the generic form") {
  for (const char* unit : {kDemoBranchId, kDemoCommuneId}) {
    test::DemoApp demo(false);
    demo.moveTo(QString::fromLatin1(unit));
    RecordListModel list;
    list.setManager(demo.manager());
    for (const OfferedKind& offered : offeredKinds()) {
      const QString kind = sohoi::recordKindName(offered.kind);
      list.setKind(kind);
      if (!list.canAdd()) continue;
      RecordEditor editor;
      editor.setManager(demo.manager());
      editor.setKind(kind);
      // The smallest valid record of each kind: required fields only.
      const auto& fields = sohoi::schemaFor(offered.kind).fields;
      for (int row = 0; row < static_cast<int>(fields.size()); ++row) {
        const sohoi::FieldSpec& spec = fields[static_cast<size_t>(row)];
        if (!spec.required) continue;
        if (spec.type == sohoi::FieldType::Choice) editor.setChoice(spec.name, 1);
        if (spec.type == sohoi::FieldType::Text) editor.setText(spec.name, QStringLiteral("Thử"));
        if (spec.type == sohoi::FieldType::Integer) editor.setText(spec.name, QString::number(std::max<qint64>(spec.min, 2021)));
        if (spec.type == sohoi::FieldType::IdList) editor.addPerson(spec.name, QStringLiteral("Lê Thị Thu"), 1);
        if (spec.type == sohoi::FieldType::Id) {
          const QVariantList options = editor.data(editor.index(row), RecordEditor::OptionsRole).toList();
          INFO("no " << spec.name.toStdString() << " to choose from");
          REQUIRE_FALSE(options.isEmpty());
          editor.setId(spec.name, options.front().toMap().value("value").toString());
        }
      }
      for (const QString& criterion : criteriaFields()) editor.setChecked(criterion, true);  // a visit's, answered
      INFO(unit << " " << kind.toStdString());
      CHECK(editor.save());
    }
  }
}

TEST_CASE("opening a page of the folded group opens it, so the selected entry shows") {
  test::DemoApp demo;
  NavigationModel menu;
  menu.setManager(demo.manager());
  menu.setCurrent(QStringLiteral("list:exemplar"));
  CHECK(menu.moreExpanded());
  const int row = static_cast<int>(menu.names().indexOf("list:exemplar"));
  REQUIRE(row >= 0);
  CHECK(menu.currentRow() == row);
  CHECK(menu.data(menu.index(row), NavigationModel::SelectedRole).toBool());
  CHECK_FALSE(menu.data(menu.index(0), NavigationModel::SelectedRole).toBool());
}

TEST_CASE("a member's device lists its branch's records but offers nothing to add") {
  test::DemoApp demo;
  sohoi::client::Account account = demo.manager()->account();
  account.role = QStringLiteral("member");
  REQUIRE(demo.manager()->store().saveAccount(account).isOk());
  demo.manager()->reload();
  CHECK(homeKinds(demo.manager()).isEmpty());
  RecordListModel activities;
  activities.setManager(demo.manager());
  activities.setKind(QStringLiteral("activity"));
  CHECK(activities.totalCount() > 0);
  CHECK_FALSE(activities.canAdd());
  CHECK_FALSE(activities.addHint().isEmpty());
}
