#include "account_server.h"

#include "admin_client.h"

#include <stdexcept>

namespace sohoi::testing {

AccountServer::AccountServer(const QString& username, const QString& password, const QString& unitId,
                             const QString& role, const QStringList& serverArguments)
    : db(demoDatabase(dir.path())),
      passwordFile(createAccount(db, dir.path(), username, password, unitId, role)),
      server(db, 0, serverArguments) {
  if (!server.start()) throw std::runtime_error("sohoi-server did not start: " + server.output().toStdString());
}

}  // namespace sohoi::testing
