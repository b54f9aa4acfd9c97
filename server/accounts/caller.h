#pragma once
// Who is making a call: the device its bearer token names and, when a person signed in at a desktop, the
// session it came through (the session then acts as that account's workstation device).
#include "audit/audit_trail.h"
#include "storage/device_repository.h"

namespace sohoi::server {

struct Caller {
  Device device;
  QString sessionId;  // empty for a device credential

  Actor actor() const { return Actor::of(device, sessionId); }
};

}  // namespace sohoi::server
