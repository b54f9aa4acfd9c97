#include "admin_run.h"

#include "admin/admin_commands.h"

#include <QTextStream>

namespace sohoi::server::test {

AdminRun admin(const QStringList& arguments, const QDate& today) {
  AdminRun run;
  QTextStream out(&run.out);
  QTextStream err(&run.err);
  run.code = runAdminCommand(arguments, out, err, today);
  out.flush();
  err.flush();
  return run;
}

}  // namespace sohoi::server::test
