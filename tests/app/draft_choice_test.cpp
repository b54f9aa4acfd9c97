#include "record_editor.h"
#include "test_store.h"

#include <catch2/catch.hpp>
#include <memory>

using namespace sohoi::app;

namespace {

/// A form for a new record of kind (or an edit of recordId), as the editor page makes it.
std::unique_ptr<RecordEditor> openForm(RecordManager* manager, const QString& kind, const QString& recordId = {}) {
  auto editor = std::make_unique<RecordEditor>();
  editor->setManager(manager);
  editor->setKind(kind);
  editor->setRecordId(recordId);
  return editor;
}

/// A new activity form with a title typed and left unsaved, as when the tablet is put down mid-form.
void leaveActivityDraft(RecordManager* manager, const QString& title) {
  const auto editor = openForm(manager, QStringLiteral("activity"));
  editor->startNew();
  editor->setText(QStringLiteral("title"), title);
}

QStringList choiceTitles(const RecordEditor& form) {
  QStringList titles;
  for (const QVariant& choice : form.draftChoices()) titles.append(choice.toMap().value("title").toString());
  return titles;
}

}  // namespace

TEST_CASE("a new form with no draft of its kind offers no choice") {
  test::DemoApp demo;
  leaveActivityDraft(demo.manager(), QStringLiteral("Họp chi hội"));
  const auto editor = openForm(demo.manager(), QStringLiteral("exemplar"));
  CHECK(editor->draftChoices().isEmpty());
}

TEST_CASE("a second new record of a kind offers the unsaved draft to continue") {
  test::DemoApp demo;
  leaveActivityDraft(demo.manager(), QStringLiteral("Họp chi hội tháng 3"));
  const auto editor = openForm(demo.manager(), QStringLiteral("activity"));
  REQUIRE(choiceTitles(*editor) == QStringList{QStringLiteral("Họp chi hội tháng 3")});
  CHECK_FALSE(editor->restoredDraft());  // nothing is loaded until the user chooses
  editor->resumeDraft(editor->draftChoices().front().toMap().value("key").toString());
  CHECK(editor->restoredDraft());
  CHECK(editor->draftChoices().isEmpty());
  CHECK(editor->value(QStringLiteral("title")).toString() == QStringLiteral("Họp chi hội tháng 3"));
}

TEST_CASE("starting new beside a draft keeps both, and saving the new one leaves the draft") {
  test::DemoApp demo;
  leaveActivityDraft(demo.manager(), QStringLiteral("Bản nháp cũ"));
  const auto editor = openForm(demo.manager(), QStringLiteral("activity"));
  editor->startNew();
  CHECK(editor->draftChoices().isEmpty());
  CHECK(editor->value(QStringLiteral("title")).toString().isEmpty());
  editor->setText(QStringLiteral("title"), QStringLiteral("Bản nháp mới"));
  CHECK(demo.manager()->store().drafts().size() == 2);
  editor->setChoice(QStringLiteral("kind"), 1);
  REQUIRE(editor->save());
  // The saved form's draft is gone; the earlier one is still offered.
  REQUIRE(demo.manager()->store().drafts().size() == 1);
  const auto next = openForm(demo.manager(), QStringLiteral("activity"));
  CHECK(choiceTitles(*next) == QStringList{QStringLiteral("Bản nháp cũ")});
}

TEST_CASE("each unsaved new record of a kind is offered") {
  test::DemoApp demo;
  leaveActivityDraft(demo.manager(), QStringLiteral("Thứ nhất"));
  leaveActivityDraft(demo.manager(), QStringLiteral("Thứ hai"));
  const auto editor = openForm(demo.manager(), QStringLiteral("activity"));
  CHECK(choiceTitles(*editor).size() == 2);
  CHECK(choiceTitles(*editor).contains(QStringLiteral("Thứ nhất")));
  CHECK(choiceTitles(*editor).contains(QStringLiteral("Thứ hai")));
}

TEST_CASE("a draft left by an earlier version of the app under its kind's key is offered too") {
  test::DemoApp demo;
  REQUIRE(demo.manager()->store().saveDraft({QStringLiteral("new:member"), QStringLiteral("member"), QString(),
                                             {{QStringLiteral("full_name"), QStringLiteral("Lò Thị Sen")}}, 0})
              .isOk());
  const auto editor = openForm(demo.manager(), QStringLiteral("member"));
  REQUIRE(choiceTitles(*editor) == QStringList{QStringLiteral("Lò Thị Sen")});
  editor->resumeDraft(QStringLiteral("new:member"));
  CHECK(editor->value(QStringLiteral("full_name")).toString() == QStringLiteral("Lò Thị Sen"));
}

TEST_CASE("an edit restores its own draft without asking") {
  test::DemoApp demo;
  const QString id = demo.manager()->summaries(sohoi::RecordKind::Household).front().recordId;
  {
    const auto editor = openForm(demo.manager(), QStringLiteral("household"), id);
    editor->setText(QStringLiteral("hamlet"), QStringLiteral("Xóm Giữa"));
  }
  const auto editor = openForm(demo.manager(), QStringLiteral("household"), id);
  CHECK(editor->draftChoices().isEmpty());
  CHECK(editor->restoredDraft());
  CHECK(editor->value(QStringLiteral("hamlet")).toString() == QStringLiteral("Xóm Giữa"));
}
