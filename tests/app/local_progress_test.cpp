// Progress computed on a workspace from the records it holds: over all of them, and over those review
// approved only (what a district reports when it counts only checked work).
#include "local_progress.h"
#include "review_controller.h"
#include "review_queue_model.h"
#include "workspace_demo.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

/// The value of indicator id at the answer's unit.
double valueOf(const client::ProgressAnswer& answer, const QString& id) {
  for (const plan::IndicatorProgress& indicator : answer.unit.indicators)
    if (indicator.indicatorId == id) return indicator.value;
  FAIL("no indicator " << id.toStdString());
  return -1;
}

}  // namespace

TEST_CASE("approved-only progress counts the media posts review approved, and all-records progress all") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("sohoi.sqlite"));
  RecordManager manager;
  REQUIRE(manager.open(path).isOk());
  REQUIRE(addDemoWorkspace(manager.store(), 60).isOk());
  REQUIRE(addDemoWorkspacePlan(manager.store(), QStringLiteral(SOHOI_DEMO_PLAN)).isOk());
  manager.reload();
  ReviewQueueModel posts;
  posts.setManager(&manager);
  posts.setKind(QStringLiteral("media_post"));
  posts.setStatus(QStringLiteral("all"));
  const int allPosts = posts.count();
  posts.setStatus(QStringLiteral("approved"));
  const int approvedPosts = posts.count();
  REQUIRE(allPosts > approvedPosts);

  // 2.2: media posts by the district (a count in its scope).
  const auto all = progressFromStore(path, QStringLiteral("164"), 1, {});
  REQUIRE(all.ok());
  CHECK(valueOf(*all.value, QStringLiteral("2.2")) == allPosts);
  const auto checked = progressFromStore(path, QStringLiteral("164"), 1, {}, true);
  REQUIRE(checked.ok());
  CHECK(valueOf(*checked.value, QStringLiteral("2.2")) == approvedPosts);

  // Approving one more post counts it at once.
  posts.setStatus(QStringLiteral("awaiting"));
  REQUIRE(posts.count() > 0);
  ReviewController review;
  review.setManager(&manager);
  REQUIRE(review.approve(posts.recordIdAt(0)));
  const auto after = progressFromStore(path, QStringLiteral("164"), 1, {}, true);
  REQUIRE(after.ok());
  CHECK(valueOf(*after.value, QStringLiteral("2.2")) == approvedPosts + 1);
}
