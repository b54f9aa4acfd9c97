#include "headless_gui.h"

#include <QDir>
#include <QFile>
#include <unistd.h>

namespace sohoi::server {

void useOffscreenPlatform() {
  // Always, not only when unset: a server started from a desktop session must not open a window connection
  // it would lose when the session ends.
  qputenv("QT_QPA_PLATFORM", "offscreen");
  // A service or a cron job has no login session, hence no XDG_RUNTIME_DIR; Qt would then warn on stderr at
  // every start, which scripts reading sohoi-admin's output would take for part of it. Name the private
  // folder Qt falls back to anyway.
  if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
    const QString folder = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(getuid());
    if (QDir().mkpath(folder) && QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
      qputenv("XDG_RUNTIME_DIR", folder.toLocal8Bit());
  }
}

bool canLayOutDocuments() { return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr; }

}  // namespace sohoi::server
