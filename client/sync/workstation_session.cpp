#include "workstation_session.h"

#include "sync/sync_client.h"

namespace sohoi::client {

SessionOpener grpcSessionOpener() {
  return [](const QString& address, const QString& pin, const QString& username, const QString& password,
            const QString& workstation) {
    AdminClient admin(SyncClient::makeChannel(address, pin));
    return admin.signIn(username, password, workstation);
  };
}

Account accountForSession(const AdminSession& session, const QString& username, const QString& address,
                          const QString& pin) {
  Account account;
  account.deviceId = session.deviceId;
  account.credential = session.token;
  account.personId = session.personId;
  account.personName = session.personName;
  account.unitId = session.unitId;
  account.serverAddress = address;
  account.serverEpoch = session.serverEpoch;
  account.role = session.role;
  account.certificatePin = pin;
  account.username = username;
  account.sessionExpiresAtMs = session.expiresAtMs;
  account.sequenceFloor = session.lastSeq;
  return account;
}

}  // namespace sohoi::client
