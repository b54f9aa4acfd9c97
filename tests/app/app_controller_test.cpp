#include "demo_data.h"
#include "home_model.h"
#include "record_detail.h"
#include "relative_time.h"
#include "test_store.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace sohoi::app;

TEST_CASE("sign-out is refused while records are unsent, and says how many") {
  test::DemoApp demo;
  const int unsent = demo.manager()->store().counts().pending + demo.manager()->store().rejectedCount();
  REQUIRE(unsent > 0);
  CHECK_FALSE(demo.app->signOut());
  CHECK(demo.app->signOutMessage().contains(QString::number(unsent)));
  CHECK(demo.app->enrolled());
}

TEST_CASE("sign-out with everything sent forgets the enrolment and the data") {
  test::DemoApp demo(false);
  REQUIRE(demo.app->enrolled());
  CHECK(demo.app->signOut());
  CHECK_FALSE(demo.app->enrolled());
  CHECK(demo.manager()->isOpen());
}

TEST_CASE("sign-out is refused while a form is left as a draft, which would be lost") {
  test::DemoApp demo(false);
  REQUIRE(demo.manager()->store().saveDraft({QStringLiteral("new:activity:1"), QStringLiteral("activity"), QString(),
                                             {{QStringLiteral("title"), QStringLiteral("Họp tổ")}}, 0})
              .isOk());
  CHECK_FALSE(demo.app->signOut());
  CHECK(demo.app->signOutMessage().contains(QStringLiteral("1")));
  CHECK(demo.app->enrolled());
}

TEST_CASE("the language switches at run time and is remembered") {
  test::DemoApp demo;
  HomeModel home;
  home.setManager(demo.manager());
  CHECK(home.kindCounts().first().toMap().value("label").toString() == QStringLiteral("Hoạt động"));
  demo.app->setLanguage(QStringLiteral("en"));
  CHECK(home.kindCounts().first().toMap().value("label").toString() == QStringLiteral("Activities"));
  demo.restart();
  CHECK(demo.app->language() == QStringLiteral("en"));
}

TEST_CASE("the home page counts today's and pending records") {
  test::DemoApp demo;
  HomeModel home;
  home.setManager(demo.manager());
  CHECK(home.unitName() == QStringLiteral("Chi hội Tổ 1 Phan Đình Phùng"));
  CHECK(home.todayCount() == 27);  // every demo record was made just now
  CHECK(home.pendingCount() == demo.manager()->store().counts().pending);
  CHECK_FALSE(home.progressNote().isEmpty());
}

TEST_CASE("the home page shows the unit's progress from the plan, computed off the UI thread") {
  test::DemoApp demo;
  HomeModel home;
  QSignalSpy computed(&home, &HomeModel::progressChanged);
  home.setManager(demo.manager());
  REQUIRE(computed.wait(20000));
  INFO(home.progressNote().toStdString());
  CHECK(home.progressNote().contains(QStringLiteral("2021")));
  REQUIRE_FALSE(home.progress().isEmpty());
  const QVariantMap first = home.progress().first().toMap();
  CHECK_FALSE(first.value("title").toString().isEmpty());
  CHECK_FALSE(first.value("valueText").toString().isEmpty());
}

TEST_CASE("growth and share targets show once the synced plan and baselines are on the tablet") {
  test::DemoApp demo;
  const UnitProgressResult result = computeUnitProgress(demo.manager()->path());
  REQUIRE(result.planLoaded);
  CHECK(result.planYear == 2021);
  const auto bar = [&](const QString& titleStart) -> const ProgressBar* {
    for (const ProgressBar& b : result.bars)
      if (b.titleEn.startsWith(titleStart)) return &b;
    return nullptr;
  };
  const ProgressBar* members = bar(QStringLiteral("Province membership grows"));  // +1% of the branch's 112
  REQUIRE(members);
  CHECK(members->hasTarget);
  CHECK(members->target == 2);
  const ProgressBar* leaders = bar(QStringLiteral("At least 50% of branch leaders"));  // 50% of its 1 leader
  REQUIRE(leaders);
  CHECK(leaders->hasTarget);
  CHECK(leaders->target == 1);
}

TEST_CASE("a branch merged into the tablet's branch counts for it, baselines and all") {
  test::DemoApp demo;
  sohoi::client::LocalStore& store = demo.manager()->store();
  const QString branch = QString::fromLatin1(kDemoBranchId);
  sohoi::plan::ReferenceData reference;
  reference.units = store.orgTree().units();
  // Tổ 9 was merged into the tablet's branch on 1 March 2021; it stays in the tree, closed, under it.
  reference.units.push_back({QStringLiteral("05449-9"), branch, QStringLiteral("Chi hội Tổ 9"), sohoi::UnitLevel::Branch,
                             QDate(2021, 3, 1), branch});
  reference.plan = store.planFile();
  reference.baselines = {{branch, sohoi::plan::kBaselineYear, 112, 140, 0, 1, 0, 0},
                         {QStringLiteral("05449-9"), sohoi::plan::kBaselineYear, 188, 200, 0, 1, 0, 0}};
  REQUIRE(store.replaceReferenceData(reference).isOk());
  const UnitProgressResult result = computeUnitProgress(demo.manager()->path());
  const ProgressBar* members = nullptr;
  for (const ProgressBar& bar : result.bars)
    if (bar.titleEn.startsWith(QStringLiteral("Province membership grows"))) members = &bar;
  REQUIRE(members);
  CHECK(members->target == 3);  // +1% of 112 + 188 members: Tổ 9's count for the branch that took it over
}

TEST_CASE("before a pull brings a plan, the home page shows no progress and says so") {
  test::DemoApp demo(true, false);
  CHECK_FALSE(computeUnitProgress(demo.manager()->path()).planLoaded);
  HomeModel home;
  QSignalSpy computed(&home, &HomeModel::progressChanged);
  home.setManager(demo.manager());
  REQUIRE(computed.wait(20000));
  CHECK(home.progress().isEmpty());
  CHECK(home.progressNote().contains(QStringLiteral("đồng bộ")));
}

TEST_CASE("last sync reads as minutes, hours or days ago") {
  test::DemoApp demo(false);  // the app's translations, in Vietnamese
  const qint64 now = 1'700'000'000'000;
  CHECK(relativeTimeText(0, now) == QStringLiteral("chưa lần nào"));
  CHECK(relativeTimeText(now - 5 * 60'000, now) == QStringLiteral("5 phút trước"));
  CHECK(relativeTimeText(now - 3 * 3'600'000, now) == QStringLiteral("3 giờ trước"));
}

TEST_CASE("a record's detail shows its versions and its sync state") {
  test::DemoApp demo;
  const QString id = demo.manager()->summaries(sohoi::RecordKind::Activity).front().recordId;  // newest: pending
  REQUIRE(demo.manager()->edit(id, {{"kind", 1}, {"title", QStringLiteral("Đã sửa")}, {"date", QDate::currentDate()}}).isOk());
  RecordDetail detail;
  detail.setManager(demo.manager());
  detail.setRecordId(id);
  CHECK(detail.title() == QStringLiteral("Đã sửa"));
  CHECK(detail.versions().size() == 2);
  CHECK(detail.syncState() == QStringLiteral("pending"));
  CHECK(detail.syncStatus().startsWith(QStringLiteral("Chờ gửi")));
}

TEST_CASE("the text size is remembered like the language, and kept within readable bounds") {
  test::DemoApp demo;
  CHECK(demo.app->textScale() == Approx(1.0));
  QSignalSpy changed(demo.app.get(), &AppController::textScaleChanged);
  demo.app->setTextScale(1.3);
  CHECK(changed.size() == 1);
  demo.restart();
  CHECK(demo.app->textScale() == Approx(1.3));
  demo.app->setTextScale(0.5);  // smaller than the app's 16 px floor: refused
  CHECK(demo.app->textScale() == Approx(1.0));
}
