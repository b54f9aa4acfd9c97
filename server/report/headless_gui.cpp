#include "headless_gui.h"

namespace sohoi::server {

void useOffscreenPlatform() {
  // Always, not only when unset: a server started from a desktop session must not open a window connection
  // it would lose when the session ends.
  qputenv("QT_QPA_PLATFORM", "offscreen");
}

bool canLayOutDocuments() { return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr; }

}  // namespace sohoi::server
