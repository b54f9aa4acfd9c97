#include "record_editor.h"
#include "test_store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace sohoi::app;

namespace {

QString messageOf(const RecordEditor& editor, const QString& name) {
  for (int row = 0; row < editor.rowCount(); ++row)
    if (editor.data(editor.index(row), RecordEditor::NameRole).toString() == name)
      return editor.data(editor.index(row), RecordEditor::MessageRole).toString();
  FAIL("no field " << name.toStdString());
  return {};
}

}  // namespace

TEST_CASE("a form's fields come from the record schema, labelled in the app's language") {
  test::DemoApp demo;
  RecordEditor editor;
  QAbstractItemModelTester tester(&editor, QAbstractItemModelTester::FailureReportingMode::Fatal);
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("household_visit"));
  REQUIRE(editor.rowCount() == 17);  // the 13 a leader fills in (the household, the day, 8 criteria, the
  // support, poverty, the help), and 4 of evidence the photo strip shows
  CHECK(editor.data(editor.index(2), RecordEditor::LabelRole).toString() == QStringLiteral("Không đói nghèo"));
  CHECK(editor.data(editor.index(2), RecordEditor::GroupRole).toString() == QStringLiteral("criteria"));
  CHECK(editor.data(editor.index(11), RecordEditor::LabelRole).toString() == QStringLiteral("Hộ nghèo (chuẩn đa chiều)"));
  CHECK(editor.data(editor.index(12), RecordEditor::LabelRole).toString() == QStringLiteral("Hỗ trợ của Hội"));
  demo.app->setLanguage(QStringLiteral("en"));
  CHECK(editor.data(editor.index(2), RecordEditor::LabelRole).toString() == QStringLiteral("No hunger or poverty"));
}

TEST_CASE("an empty form saves nothing and shows each field's message") {
  test::DemoApp demo;
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("activity"));
  CHECK(messageOf(editor, QStringLiteral("title")).isEmpty());  // nothing shown before the user acts
  const int before = static_cast<int>(demo.manager()->summaries(sohoi::RecordKind::Activity).size());
  CHECK_FALSE(editor.save());
  CHECK(messageOf(editor, QStringLiteral("title")) == QStringLiteral("Không được để trống"));
  CHECK_FALSE(messageOf(editor, QStringLiteral("kind")).isEmpty());
  CHECK(messageOf(editor, QStringLiteral("date")).isEmpty());  // today, filled in
  CHECK(static_cast<int>(demo.manager()->summaries(sohoi::RecordKind::Activity).size()) == before);
}

TEST_CASE("messages follow the shared rules as the user types, field by field") {
  test::DemoApp demo;
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("activity"));
  editor.setText(QStringLiteral("participants_total"), QStringLiteral("12"));
  editor.setText(QStringLiteral("participants_women"), QStringLiteral("20"));
  CHECK(messageOf(editor, QStringLiteral("participants_women")) ==
        QStringLiteral("Không được lớn hơn tổng số người tham gia"));
  editor.setText(QStringLiteral("participants_total"), QStringLiteral("mười"));
  CHECK(messageOf(editor, QStringLiteral("participants_total")) == QStringLiteral("Phải là số"));
  editor.setText(QStringLiteral("date"), QStringLiteral("31/02/2021"));
  CHECK(messageOf(editor, QStringLiteral("date")) == QStringLiteral("Ngày không hợp lệ"));
  editor.setText(QStringLiteral("date"), QDate::currentDate().addDays(30).toString(QStringLiteral("dd/MM/yyyy")));
  CHECK(messageOf(editor, QStringLiteral("date")) == QStringLiteral("Không được ở tương lai"));
}

TEST_CASE("a valid form saves a record and its draft is gone") {
  test::DemoApp demo;
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("activity"));
  QSignalSpy saved(&editor, &RecordEditor::saved);
  editor.setChoice(QStringLiteral("kind"), 1);
  editor.setText(QStringLiteral("title"), QStringLiteral("Tuyên truyền Luật Hôn nhân và Gia đình"));
  editor.setText(QStringLiteral("participants_total"), QStringLiteral("30"));
  REQUIRE(editor.valid());
  REQUIRE(editor.save());
  REQUIRE(saved.count() == 1);
  const QString id = saved.at(0).at(0).toString();
  const auto record = demo.manager()->store().record(id);
  REQUIRE(record);
  CHECK(record->head.fields.value("participants_total").toLongLong() == 30);
  CHECK(record->pending == 1);
  CHECK(demo.manager()->store().drafts().empty());
}

TEST_CASE("editing a saved record makes a new version, and an unchanged save makes none") {
  test::DemoApp demo;
  const QString id = demo.manager()->summaries(sohoi::RecordKind::Household).front().recordId;
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("household"));
  editor.setRecordId(id);
  REQUIRE(editor.save());
  CHECK(demo.manager()->store().versions(id).size() == 1);
  editor.setText(QStringLiteral("hamlet"), QStringLiteral("Xóm Mới"));
  REQUIRE(editor.save());
  const auto versions = demo.manager()->store().versions(id);
  REQUIRE(versions.size() == 2);
  CHECK(versions.back().fields.value("hamlet").toString() == QStringLiteral("Xóm Mới"));
  CHECK(versions.back().baseVersionId == versions.front().versionId);
}

TEST_CASE("a draft survives the app being closed mid-form") {
  test::DemoApp demo;
  {
    RecordEditor editor;
    editor.setManager(demo.manager());
    editor.setKind(QStringLiteral("member"));
    editor.setText(QStringLiteral("full_name"), QStringLiteral("Lý Thị Nhung"));
    editor.setText(QStringLiteral("birth_year"), QStringLiteral("19"));  // half typed
  }
  demo.restart();  // a new AppController and store connection on the same files
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("member"));
  REQUIRE(editor.draftChoices().size() == 1);
  editor.resumeDraft(editor.draftChoices().front().toMap().value(QStringLiteral("key")).toString());
  CHECK(editor.restoredDraft());
  CHECK(editor.value(QStringLiteral("full_name")).toString() == QStringLiteral("Lý Thị Nhung"));
  CHECK(editor.value(QStringLiteral("birth_year")).toString() == QStringLiteral("19"));
  editor.discardDraft();
  CHECK_FALSE(editor.restoredDraft());
  CHECK(editor.value(QStringLiteral("full_name")).toString().isEmpty());
  CHECK(demo.manager()->store().drafts().empty());
}

TEST_CASE("a training picks people from the register or adds a new person") {
  test::DemoApp demo;
  const QString lan = demo.manager()->summaries(sohoi::RecordKind::Person).front().recordId;
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("training"));
  editor.setChoice(QStringLiteral("kind"), 3);
  editor.setText(QStringLiteral("title"), QStringLiteral("Đào tạo nghề may"));
  editor.toggleId(QStringLiteral("trainee_ids"), lan);
  CHECK(editor.addPerson(QStringLiteral("trainee_ids"), QStringLiteral("Mạc Thị Xuân"), 4).isEmpty());
  CHECK_FALSE(editor.addPerson(QStringLiteral("trainee_ids"), QStringLiteral("  "), 4).isEmpty());  // refused
  const QStringList trainees = editor.value(QStringLiteral("trainee_ids")).toStringList();
  REQUIRE(trainees.size() == 2);
  editor.toggleId(QStringLiteral("employed_ids"), trainees.last());
  editor.toggleId(QStringLiteral("trainee_ids"), trainees.last());  // no longer trained: not employed either
  CHECK(editor.value(QStringLiteral("employed_ids")).toStringList().isEmpty());
  REQUIRE(editor.save());
  CHECK(demo.manager()->summaries(sohoi::RecordKind::Person).size() == 7);
}

TEST_CASE("a visit form counts the criteria ticked") {
  test::DemoApp demo;
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("household_visit"));
  editor.setChecked(QStringLiteral("clean_house"), true);
  editor.setChecked(QStringLiteral("clean_lane"), true);
  CHECK(editor.criteriaMet() == 2);
}

TEST_CASE("Khác (other) comes last among the kinds of activity, whatever its number on the wire") {
  test::DemoApp demo;
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("activity"));
  const QVariantList options = editor.optionsOf(QStringLiteral("activity"), QStringLiteral("kind"));
  REQUIRE(options.size() == 9);
  CHECK(options.last().toMap().value(QStringLiteral("label")).toString() == QStringLiteral("Khác"));
  CHECK(options.last().toMap().value(QStringLiteral("value")).toInt() == 8);
}

TEST_CASE("Mô tả and Hỗ trợ are long texts, written in a box of several lines") {
  test::DemoApp demo;
  RecordEditor editor;
  editor.setManager(demo.manager());
  for (const auto& [kind, field] : {std::pair{"exemplar", "description"}, std::pair{"household_visit", "support_given"}}) {
    editor.setKind(QString::fromLatin1(kind));
    bool found = false;
    for (int row = 0; row < editor.rowCount(); ++row)
      if (editor.data(editor.index(row), RecordEditor::NameRole).toString() == QLatin1String(field)) {
        CHECK(editor.data(editor.index(row), RecordEditor::TypeRole).toString() == QStringLiteral("longtext"));
        found = true;
      }
    CHECK(found);
  }
}
