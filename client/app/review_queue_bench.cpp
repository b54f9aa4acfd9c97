// The district review queue at a district's scale: 10,000 records of the demo district's branches in a
// workspace store, opened (read, statuses from the decision trail, sorted) and filtered as a reviewer would.
#include "bench.h"

#include "review_controller.h"
#include "review_queue_model.h"
#include "workspace_demo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace sohoi::app {

namespace {

constexpr int kQueueRecords = 10000;

double medianOf(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

double msOf(const std::function<void()>& work) {
  QElapsedTimer timer;
  timer.start();
  work();
  return timer.nsecsElapsed() / 1e6;
}

}  // namespace

int runReviewQueueBench() {
  QTemporaryDir data;
  RecordManager manager;
  if (!manager.open(QDir(data.path()).filePath(QStringLiteral("sohoi.sqlite"))).isOk() ||
      !addDemoWorkspace(manager.store(), kQueueRecords).isOk()) {
    std::fprintf(stderr, "could not build the review queue's bench store\n");
    return 1;
  }
  std::vector<double> opens;
  for (int run = 0; run < 5; ++run) {
    manager.reload();  // a cold start: nothing cached
    ReviewQueueModel queue;
    opens.push_back(msOf([&] { queue.setManager(&manager); }));
  }
  std::printf("review queue open (%d records, statuses from the trail): median %.1f ms, worst %.1f ms   "
              "(target < 300 ms)\n",
              kQueueRecords, medianOf(opens), *std::max_element(opens.begin(), opens.end()));

  ReviewQueueModel queue;
  queue.setManager(&manager);
  const std::vector<std::function<void()>> filters = {
      [&] { queue.setStatus(QStringLiteral("all")); },
      [&] { queue.setCommuneId(QStringLiteral("05443")); },
      [&] { queue.setKind(QStringLiteral("activity")); },
      [&] { queue.setSearch(QStringLiteral("bien dao")); },
      [&] { queue.setSearch(QStringLiteral("nha van hoa to 3")); },
      [&] { queue.clearFilters(); },
      [&] { queue.setStatus(QStringLiteral("todo")); }};
  std::vector<double> times;
  for (const auto& filter : filters) times.push_back(msOf(filter));
  std::printf("review queue filter over %d records: median %.1f ms, worst %.1f ms   (target < 50 ms)\n",
              queue.totalCount(), medianOf(times), *std::max_element(times.begin(), times.end()));

  // Approving 50 selected at once: each decision saved, the queue brought up to date after each.
  queue.setStatus(QStringLiteral("awaiting"));
  QStringList chosen;
  for (int row = 0; row < 50 && row < queue.count(); ++row) chosen.append(queue.recordIdAt(row));
  ReviewController review;
  review.setManager(&manager);
  int approved = 0;
  const double approveMs = msOf([&] { approved = review.approveAll(chosen); });
  std::printf("approve %d selected with the queue open: %.1f ms\n", approved, approveMs);
  return 0;
}

}  // namespace sohoi::app
