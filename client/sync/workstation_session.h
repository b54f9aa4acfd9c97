#pragma once
// A person at a desktop (the district and province workspace) signs in with an account instead of
// enrolling a tablet. The session's token then stands in for a device credential: the store keeps it as
// its account, and the sync engine pushes and pulls as the session's workstation device, with the
// account's role and unit (see AdminService.SignIn in admin.proto).
#include "admin/admin_client.h"
#include "store/store_types.h"

#include <functional>

namespace sohoi::client {

/// Signs username in at workstation on the server at address (pin: its certificate; empty: authorities).
/// Blocking: call it off the UI thread.
using SessionOpener = std::function<RpcResult<AdminSession>(const QString& address, const QString& pin,
                                                            const QString& username, const QString& password,
                                                            const QString& workstation)>;

/// Signs in through AdminService over its own channel.
SessionOpener grpcSessionOpener();

/// The account a store keeps for session. Its sequence floor is the server's last sequence for the
/// workstation device, so a new store on a computer that signed in before numbers its work after what
/// the server already holds.
Account accountForSession(const AdminSession& session, const QString& username, const QString& address,
                          const QString& pin);

/// Whether session continues the store's current account (same workstation device): its data stays.
/// Otherwise another person (or another computer's device) would inherit records not theirs.
inline bool continuesAccount(const Account& stored, const AdminSession& session) {
  return stored.deviceId == session.deviceId;
}

}  // namespace sohoi::client
