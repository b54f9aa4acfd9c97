#pragma once
// A real sohoi-server on the small demo province with one desktop account made by sohoi-admin, started:
// how a test of what a signed-in person (or a tool signing in) does begins.
#include "server_process.h"

#include <QTemporaryDir>

namespace sohoi::testing {

struct AccountServer {
  /// Makes the account (username, password, unitId, role) and starts the server with serverArguments (e.g.
  /// --workers 1); throws when either fails.
  AccountServer(const QString& username, const QString& password, const QString& unitId, const QString& role,
                const QStringList& serverArguments = {});

  QTemporaryDir dir;
  QString db;
  QString passwordFile;  // holds the account's password, as sohoi-admin and the tools read one
  ServerProcess server;
};

}  // namespace sohoi::testing
