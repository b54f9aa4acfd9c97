#pragma once
// The end check of a fleet run: the server holds exactly the versions the simulated devices made. Both
// sides are summarised the same way, per unit: how many versions and a digest over them (each version's
// id and content hash, in id order). The devices' side is read from their own stores; the server's from a
// full pull as a signed-in staff session (StaffDesk), over the wire like everything the simulator does,
// and scope-checked by the server like any pull.
#include <QByteArray>
#include <QSet>
#include <QStringList>
#include <map>
#include <optional>
#include <vector>

#include "sim_device.h"
#include "staff_desk.h"

namespace sohoi::tools::sim {

struct UnitTally {
  int versions = 0;
  QByteArray digest;  // SHA-256, hex
  bool operator==(const UnitTally&) const = default;
};
using FleetTally = std::map<QString, UnitTally>;  // by unit id

/// Every version the devices saved, and (in *deviceIds) the devices' ids; nullopt and *error when a store
/// cannot be read. Opens each store on the calling thread.
std::optional<FleetTally> tallyDevices(const std::vector<SimDevice>& devices, QSet<QString>* deviceIds,
                                       QString* error);
/// Every version in the server's feed that one of deviceIds made.
std::optional<FleetTally> tallyServer(StaffDesk& desk, const QSet<QString>& deviceIds, QString* error);
/// What differs, one line per unit (at most `limit` lines); empty when the tallies are equal.
QStringList tallyDifferences(const FleetTally& made, const FleetTally& held, int limit = 10);

}  // namespace sohoi::tools::sim
