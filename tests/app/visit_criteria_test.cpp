// A household visit's 8 criteria as a leader answers and reads them: each an explicit Đạt / Chưa đạt,
// "not answered" until chosen, and read back as ✓ Đạt / ✗ Chưa đạt with the count on top.
#include <catch2/catch.hpp>

#include "household_criteria.h"
#include "record_detail.h"
#include "record_editor.h"
#include "test_store.h"

using namespace sohoi::app;

namespace {

int rowOf(const RecordEditor& editor, const QString& name) {
  for (int row = 0; row < editor.rowCount(); ++row)
    if (editor.data(editor.index(row), RecordEditor::NameRole).toString() == name) return row;
  FAIL("no field " << name.toStdString());
  return -1;
}

QVariant roleOf(const RecordEditor& editor, const QString& name, int role) {
  return editor.data(editor.index(rowOf(editor, name)), role);
}

QString firstHousehold(test::DemoApp& demo) {
  return demo.manager()->summaries(sohoi::RecordKind::Household).front().recordId;
}

/// A new visit to the first household with every criterion met but no_domestic_violence's.
QString saveVisitMissingOne(test::DemoApp& demo) {
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("household_visit"));
  editor.setId(QStringLiteral("household_id"), firstHousehold(demo));
  for (const QString& name : criteriaFields())
    editor.setChecked(name, name != QLatin1String("no_domestic_violence"));
  QString saved;
  QObject::connect(&editor, &RecordEditor::saved, [&](const QString& id) { saved = id; });
  REQUIRE(editor.save());
  return saved;
}

}  // namespace

TEST_CASE("a new visit's criteria start not answered, as choices rather than tick boxes") {
  test::DemoApp demo;
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("household_visit"));
  CHECK(editor.criteriaUnanswered() == 8);
  CHECK(roleOf(editor, QStringLiteral("no_poverty"), RecordEditor::TypeRole).toString() ==
        QStringLiteral("criterion"));
  CHECK(roleOf(editor, QStringLiteral("no_poverty"), RecordEditor::ChoiceRole).toInt() == 0);  // not answered
  editor.setChecked(QStringLiteral("no_poverty"), false);
  CHECK(roleOf(editor, QStringLiteral("no_poverty"), RecordEditor::ChoiceRole).toInt() == 2);  // not yet met
  editor.setChecked(QStringLiteral("clean_house"), true);
  CHECK(roleOf(editor, QStringLiteral("clean_house"), RecordEditor::ChoiceRole).toInt() == 1);  // met
  CHECK(editor.criteriaUnanswered() == 6);
  CHECK(editor.criteriaMet() == 1);
}

TEST_CASE("a visit is not saved with a criterion left unanswered, and the form names each one") {
  test::DemoApp demo;
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("household_visit"));
  editor.setId(QStringLiteral("household_id"), firstHousehold(demo));
  for (const QString& name : criteriaFields())
    if (name != QLatin1String("clean_lane")) editor.setChecked(name, true);
  const size_t before = demo.manager()->summaries(sohoi::RecordKind::HouseholdVisit).size();
  CHECK_FALSE(editor.save());
  CHECK(roleOf(editor, QStringLiteral("clean_lane"), RecordEditor::MessageRole).toString() ==
        QStringLiteral("Chọn Đạt hoặc Chưa đạt"));
  CHECK(roleOf(editor, QStringLiteral("clean_house"), RecordEditor::MessageRole).toString().isEmpty());
  CHECK(demo.manager()->summaries(sohoi::RecordKind::HouseholdVisit).size() == before);
  editor.setChecked(QStringLiteral("clean_lane"), false);  // answered "not yet met" is an answer
  CHECK(editor.save());
  CHECK(demo.manager()->summaries(sohoi::RecordKind::HouseholdVisit).size() == before + 1);
}

TEST_CASE("a half-answered visit comes back from its draft with the rest still not answered") {
  test::DemoApp demo;
  QString key;
  {
    RecordEditor editor;
    editor.setManager(demo.manager());
    editor.setKind(QStringLiteral("household_visit"));
    editor.setChecked(QStringLiteral("no_poverty"), false);
    editor.setChecked(QStringLiteral("clean_house"), true);
  }
  RecordEditor again;
  again.setManager(demo.manager());
  again.setKind(QStringLiteral("household_visit"));
  REQUIRE(again.draftChoices().size() == 1);
  again.resumeDraft(again.draftChoices().front().toMap().value(QStringLiteral("key")).toString());
  CHECK(again.criteriaUnanswered() == 6);
  CHECK(roleOf(again, QStringLiteral("no_poverty"), RecordEditor::ChoiceRole).toInt() == 2);
  CHECK(roleOf(again, QStringLiteral("no_third_child"), RecordEditor::ChoiceRole).toInt() == 0);
}

TEST_CASE("an edit of a saved visit has every criterion answered as it was saved") {
  test::DemoApp demo;
  const QString visit = saveVisitMissingOne(demo);
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("household_visit"));
  editor.setRecordId(visit);
  CHECK(editor.criteriaUnanswered() == 0);
  CHECK(roleOf(editor, QStringLiteral("no_domestic_violence"), RecordEditor::ChoiceRole).toInt() == 2);
  CHECK(editor.criteriaMet() == 7);
}

TEST_CASE("a visit reads back each criterion as met or not yet met, never as a yes to a negative phrase") {
  test::DemoApp demo;
  RecordDetail detail;
  detail.setManager(demo.manager());
  detail.setRecordId(saveVisitMissingOne(demo));
  CHECK(detail.criteriaMet() == 7);
  QHash<QString, QString> values;
  for (const QVariant& field : detail.fields())
    values.insert(field.toMap().value(QStringLiteral("label")).toString(),
                  field.toMap().value(QStringLiteral("value")).toString());
  CHECK(values.value(QStringLiteral("Không có bạo lực gia đình")) == QStringLiteral("✗ Chưa đạt"));
  CHECK(values.value(QStringLiteral("Không đói nghèo")) == QStringLiteral("✓ Đạt"));
  CHECK(values.value(QStringLiteral("Sạch ngõ")) == QStringLiteral("✓ Đạt"));
}
