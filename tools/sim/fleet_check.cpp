#include "fleet_check.h"

#include <QCryptographicHash>
#include <limits>
#include <set>

#include "store/local_store.h"
#include "wire/field_json.h"

namespace sohoi::tools::sim {

namespace {

// Collects "version id:content hash" per unit, then digests each unit's entries in order.
class TallyBuilder {
 public:
  void add(const RecordVersion& version) {
    entries_[version.unitId].append(version.versionId + QLatin1Char(':') +
                                    QString::fromLatin1(contentHash(version).toHex()));
  }
  FleetTally finish() {
    FleetTally tally;
    for (auto& [unitId, entries] : entries_) {
      entries.sort();
      tally[unitId] = UnitTally{
          static_cast<int>(entries.size()),
          QCryptographicHash::hash(entries.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
              .toHex()};
    }
    return tally;
  }

 private:
  std::map<QString, QStringList> entries_;
};

}  // namespace

std::optional<FleetTally> tallyDevices(const std::vector<SimDevice>& devices, QSet<QString>* deviceIds,
                                       QString* error) {
  TallyBuilder builder;
  for (const SimDevice& device : devices) {
    client::Status status;
    std::unique_ptr<client::LocalStore> store =
        client::LocalStore::open(device.storePath, &status, client::LocalStore::Durability::Normal);
    if (!store) {
      *error = status.toString();
      return std::nullopt;
    }
    deviceIds->insert(store->account().deviceId);
    for (const client::Mutation& mutation : store->mutationsFrom(1, std::numeric_limits<int>::max()))
      builder.add(mutation.version);
  }
  return builder.finish();
}

std::optional<FleetTally> tallyServer(StaffDesk& desk, const QSet<QString>& deviceIds, QString* error) {
  TallyBuilder builder;
  const bool pulled = desk.forEachVersion(
      [&](const RecordVersion& version) {
        if (deviceIds.contains(version.deviceId)) builder.add(version);
      },
      error);
  if (!pulled) return std::nullopt;
  return builder.finish();
}

QStringList tallyDifferences(const FleetTally& made, const FleetTally& held, int limit) {
  QStringList lines;
  const auto describe = [](const FleetTally& tally, const QString& unitId) {
    const auto found = tally.find(unitId);
    return found == tally.end() ? QStringLiteral("0")
                                : QStringLiteral("%1 (%2)")
                                      .arg(found->second.versions)
                                      .arg(QString::fromLatin1(found->second.digest.left(12)));
  };
  std::set<QString> units;
  for (const auto& entry : made) units.insert(entry.first);
  for (const auto& entry : held) units.insert(entry.first);
  for (const QString& unitId : units) {
    const auto a = made.find(unitId), b = held.find(unitId);
    if (a != made.end() && b != held.end() && a->second == b->second) continue;
    if (lines.size() == limit) break;
    lines.append(QStringLiteral("unit %1: made %2, server holds %3")
                     .arg(unitId, describe(made, unitId), describe(held, unitId)));
  }
  return lines;
}

}  // namespace sohoi::tools::sim
