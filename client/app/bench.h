#pragma once

namespace sohoi::app {

/// Prints cold start to the home page, form save and search times with 10,000 local records.
int runBench();

}  // namespace sohoi::app
