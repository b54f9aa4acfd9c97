// sohoi-admin: see admin/admin_commands.h for the commands.
#include "admin/admin_commands.h"
#include "report/headless_gui.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[]) {
  // Qt SQL loads its drivers as plugins; report --pdf needs fonts, hence a GUI application (headless_gui.h).
  sohoi::server::useOffscreenPlatform();
  QGuiApplication app(argc, argv);
  QTextStream out(stdout);
  QTextStream err(stderr);
  const int code = sohoi::server::runAdminCommand(app.arguments().mid(1), out, err);
  out.flush();
  err.flush();
  return code;
}
