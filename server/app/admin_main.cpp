// sohoi-admin: see admin/admin_commands.h for the commands.
#include "admin/admin_commands.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);  // Qt SQL loads its drivers as plugins
  QTextStream out(stdout);
  QTextStream err(stderr);
  const int code = sohoi::server::runAdminCommand(app.arguments().mid(1), out, err);
  out.flush();
  err.flush();
  return code;
}
