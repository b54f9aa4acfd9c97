// The home page as a leader reads it: drafts counted and listed (as ODK lists its forms), and a progress
// card that says "Đang tính…" while computing and never shows a target judged elsewhere as a failure.
#include <QSignalSpy>
#include <catch2/catch.hpp>

#include "home_model.h"
#include "record_editor.h"
#include "test_store.h"
#include "unit_progress.h"

using namespace sohoi::app;

TEST_CASE("home counts the drafts beside the records waiting and sent, and lists each draft") {
  test::DemoApp demo;
  HomeModel home;
  home.setManager(demo.manager());
  CHECK(home.draftCount() == 0);
  {
    RecordEditor editor;
    editor.setManager(demo.manager());
    editor.setKind(QStringLiteral("activity"));
    editor.setText(QStringLiteral("title"), QStringLiteral("Họp chi hội tháng 11"));
  }
  home.refresh();
  CHECK(home.draftCount() == 1);
  REQUIRE(home.drafts().size() == 1);
  CHECK(home.drafts().first().toMap().value(QStringLiteral("title")).toString() ==
        QStringLiteral("Họp chi hội tháng 11"));
  CHECK(home.drafts().first().toMap().value(QStringLiteral("kind")).toString() == QStringLiteral("activity"));
  CHECK(home.pendingCount() > 0);
  CHECK(home.sentCount() >= 0);
}

TEST_CASE("the progress card says it is computing until the first figures are in") {
  test::DemoApp demo;
  HomeModel home;
  home.setManager(demo.manager());
  CHECK(home.progressNote() == QStringLiteral("Đang tính…"));
  QSignalSpy computed(&home, &HomeModel::progressChanged);
  REQUIRE(computed.wait(20000));
  CHECK(home.progressNote() != QStringLiteral("Đang tính…"));
}

TEST_CASE("a target not judged at this unit shows the unit's share, or no figures, never Chưa đạt") {
  test::DemoApp demo;  // Vietnamese
  ProgressBar communeRatio{QStringLiteral("Tỷ lệ"), QStringLiteral("Rate"), 0, 70, true, false, true, false};
  ProgressBar communeCount{
      QStringLiteral("Số hộ"), QStringLiteral("Households"), 12, 300, true, false, false, false};
  ProgressBar own{QStringLiteral("Số buổi"), QStringLiteral("Meetings"), 3, 4, true, false, false, true};
  const QVariantList bars = progressBarsForQml({communeRatio, communeCount, own});
  const QVariantMap none = bars[0].toMap(), share = bars[1].toMap(), judged = bars[2].toMap();
  CHECK(none.value(QStringLiteral("valueText")).toString() == QStringLiteral("Chưa có số liệu"));
  CHECK_FALSE(none.value(QStringLiteral("judged")).toBool());
  CHECK(none.value(QStringLiteral("fraction")).toDouble() < 0);  // no bar
  CHECK(share.value(QStringLiteral("valueText")).toString() == QStringLiteral("Phần của đơn vị: 12"));
  CHECK_FALSE(share.value(QStringLiteral("valueText")).toString().contains(QStringLiteral("300")));
  CHECK(judged.value(QStringLiteral("valueText")).toString() == QStringLiteral("3 / 4"));
  CHECK(judged.value(QStringLiteral("judged")).toBool());
}

TEST_CASE("a branch's progress judges only its own targets: the commune's are shown as its share") {
  test::DemoApp demo;  // a branch with the shipped plan
  const UnitProgressResult result = computeUnitProgress(demo.manager()->path());
  REQUIRE(result.planLoaded);
  REQUIRE_FALSE(result.bars.empty());
  for (const ProgressBar& bar : result.bars)
    if (!bar.judged) CHECK_FALSE(bar.met);
  const QVariantList bars = progressBarsForQml(result.bars);
  for (const QVariant& bar : bars) {
    const QVariantMap map = bar.toMap();
    if (!map.value(QStringLiteral("judged")).toBool())
      CHECK(map.value(QStringLiteral("fraction")).toDouble() < 0);
  }
}
