// The report tests lay out PDFs, which needs fonts and so a QGuiApplication; on the offscreen platform, as
// sohoi-server and sohoi-admin run (report/headless_gui.h), so no display is needed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "report/headless_gui.h"

int main(int argc, char* argv[]) {
  sohoi::server::useOffscreenPlatform();
  QGuiApplication app(argc, argv);
  return Catch::Session().run(argc, argv);
}
