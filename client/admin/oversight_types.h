#pragma once
// What district and province staff oversee through AdminClient, in domain types: the devices working in
// their units, the enrolment codes issued there, sync health (shared/health/sync_health.h), and how long
// the server took to answer its calls.
#include "health/sync_health.h"

#include <QString>
#include <vector>

namespace sohoi::client {

/// A device (tablet, or a signed-in workstation) as staff see it, e.g. to revoke a lost tablet.
struct ManagedDevice {
  QString deviceId;
  QString personId;
  QString personName;
  QString unitId;
  QString name;            // what the user called it, or the workstation's name
  QString role;            // a name of shared/auth/role.h
  qint64 enrolledAtMs = 0;
  qint64 revokedAtMs = 0;  // 0 while active
  qint64 lastSeenAtMs = 0; // 0 before its first sync
  quint64 lastSeq = 0;
  qint64 clockOffsetMs = 0;

  bool revoked() const { return revokedAtMs != 0; }
};

/// An enrolment code as issued, and what became of it.
struct IssuedCode {
  QString code;
  QString personId;
  QString unitId;
  qint64 createdAtMs = 0;
  qint64 expiresAtMs = 0;
  qint64 usedAtMs = 0;  // 0 while unused
  QString deviceId;     // the device it became, once used
};

/// Which branches and devices have not synced lately, worst first, as the server judged at nowMs.
using SyncHealth = SyncHealthReport;

/// How long one server process took to answer each method's calls since it started (GetCallTimes in
/// admin.proto): counts[i] calls within upperBoundsUs[i] microseconds, the last count beyond every bound.
struct ServerCallTimes {
  struct Method {
    QString path;  // "/sohoi.v1.SyncService/Push"
    std::vector<quint64> counts;
    quint64 turnedAway = 0;
  };
  std::vector<quint64> upperBoundsUs;
  std::vector<Method> methods;
};

}  // namespace sohoi::client
