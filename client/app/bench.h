#pragma once

namespace sohoi::app {

/// Prints cold start to the home page, form save and search times with 10,000 local records.
int runBench();
class AppController;
/// Prints the province dashboard's first full paint (dashboard_bench.cpp).
int runDashboardBench(AppController* controller);
/// Prints the district review queue's open and filter times over 10,000 records (review_queue_bench.cpp).
int runReviewQueueBench();
/// Prints the app's resident memory with 10,000 records and 2,000 photos (photo_memory_bench.cpp).
int runPhotoMemoryBench();

}  // namespace sohoi::app
