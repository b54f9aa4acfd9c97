// The photo strip's model: a photo picked from a file (the path a device without a camera takes) is
// prepared, kept and listed on the record the form saves; the place reads in the app's language.
#include "photo_shelf.h"
#include "record_editor.h"
#include "test_store.h"

#include "media/photo_rules.h"

#include <QImage>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace sohoi::app;

TEST_CASE("a photo picked from a file is kept and listed on the record the form saves") {
  test::DemoApp demo;
  PhotoShelf shelf;
  shelf.setManager(demo.manager());
  CHECK(shelf.takesEvidence(QStringLiteral("activity")));
  CHECK(shelf.takesEvidence(QStringLiteral("household_visit")));
  CHECK_FALSE(shelf.takesEvidence(QStringLiteral("household")));

  QImage picture(2000, 1000, QImage::Format_RGB32);
  picture.fill(QColor(200, 180, 120));
  const QString path = demo.dir.filePath(QStringLiteral("IMG_2001.png"));
  REQUIRE(picture.save(path));
  const QString hash = shelf.attach(QUrl::fromLocalFile(path));
  REQUIRE(sohoi::isPhotoHash(hash));
  CHECK(shelf.error().isEmpty());
  CHECK(QImage(shelf.urlOf(hash).toLocalFile()).width() == sohoi::kPhotoLongSide);

  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("activity"));
  editor.setChoice(QStringLiteral("kind"), 1);
  editor.setText(QStringLiteral("title"), QStringLiteral("Họp chi hội có ảnh"));
  editor.toggleId(QStringLiteral("photos"), hash);
  editor.setText(QStringLiteral("latitude_e6"), QStringLiteral("21594120"));
  editor.setText(QStringLiteral("longitude_e6"), QStringLiteral("105848000"));
  editor.setText(QStringLiteral("accuracy_m"), QStringLiteral("12"));
  QSignalSpy saved(&editor, &RecordEditor::saved);
  REQUIRE(editor.save());
  const QString recordId = saved.at(0).at(0).toString();
  CHECK(shelf.photosOf(recordId) == QStringList{hash});
  CHECK(shelf.placeOf(recordId) == QStringLiteral("21,59412° B, 105,84800° Đ (±12 m)"));

  // An edit of it opens with the photos and the place the strip shows.
  RecordEditor edit;
  edit.setManager(demo.manager());
  edit.setKind(QStringLiteral("activity"));
  edit.setRecordId(recordId);
  CHECK(shelf.photosIn(&edit) == QStringList{hash});
  CHECK(shelf.placeIn(&edit) == shelf.placeOf(recordId));
}

TEST_CASE("a file that is not a photo is not attached, and the strip says why in Vietnamese") {
  test::DemoApp demo;
  PhotoShelf shelf;
  shelf.setManager(demo.manager());
  QFile file(demo.dir.filePath(QStringLiteral("notes.jpg")));
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write("not a photo");
  file.close();
  CHECK(shelf.attach(QUrl::fromLocalFile(file.fileName())).isEmpty());
  CHECK(shelf.error().startsWith(QStringLiteral("Không đọc được ảnh")));
}

TEST_CASE("the evidence fields are not shown as form fields: the photo strip shows them") {
  test::DemoApp demo;
  RecordEditor editor;
  editor.setManager(demo.manager());
  editor.setKind(QStringLiteral("training"));
  for (int row = 0; row < editor.rowCount(); ++row) {
    const QString name = editor.data(editor.index(row), RecordEditor::NameRole).toString();
    const bool evidence = name == QLatin1String("photos") || name.endsWith(QLatin1String("_e6")) ||
                          name == QLatin1String("accuracy_m");
    INFO(name.toStdString());
    if (evidence) CHECK_FALSE(editor.data(editor.index(row), RecordEditor::ShownRole).toBool());
  }
}
