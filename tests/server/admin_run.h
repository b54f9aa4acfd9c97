#pragma once
// Runs sohoi-admin's commands in this process, as the executable would, and keeps what they printed.
#include <QDate>
#include <QString>
#include <QStringList>

namespace sohoi::server::test {

struct AdminRun {
  int code = 0;
  QString out;
  QString err;
};

/// runAdminCommand(arguments) with its output; today decides which tree changes are due.
AdminRun admin(const QStringList& arguments, const QDate& today = QDate::currentDate());

}  // namespace sohoi::server::test
