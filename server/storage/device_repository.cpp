#include "device_repository.h"

#include "org_unit_repository.h"
#include "sql.h"
#include "transaction.h"

namespace sohoi::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT d.id, d.person_id, COALESCE(a.full_name, ''), d.unit_id, d.name, d.enrolled_at, "
    "COALESCE(d.revoked_at, 0), d.last_seq, COALESCE(d.last_seen_at, 0), COALESCE(d.clock_offset_ms, 0), "
    "COALESCE(a.role, ''), COALESCE(a.disabled_at, 0), COALESCE(d.last_sync_at, 0), "
    "COALESCE(d.app_version, ''), COALESCE(d.pending_count, 0), u.closed_on IS NOT NULL FROM devices d "
    "LEFT JOIN accounts a ON a.person_id = d.person_id LEFT JOIN org_units u ON u.id = d.unit_id ");

// Row: a QSqlQuery or ReadRows on a row of kSelect.
template <typename Row>
Device deviceFrom(const Row& row) {
  Device device;
  device.id = row.value(0).toString();
  device.personId = row.value(1).toString();
  device.personName = row.value(2).toString();
  device.unitId = row.value(3).toString();
  device.name = row.value(4).toString();
  device.enrolledAt = row.value(5).toLongLong();
  device.revokedAt = row.value(6).toLongLong();
  device.lastSeq = row.value(7).toULongLong();
  device.lastSeenAt = row.value(8).toLongLong();
  device.clockOffsetMs = row.value(9).toLongLong();
  // A role the table does not know grants nothing: such a device may read its scope and write nothing.
  device.role = roleFromName(row.value(10).toString()).value_or(Role::Member);
  device.accountDisabledAt = row.value(11).toLongLong();
  device.lastSyncAt = row.value(12).toLongLong();
  device.appVersion = row.value(13).toString();
  device.pendingCount = static_cast<quint32>(row.value(14).toLongLong());
  device.unitClosed = row.value(15).toBool();
  return device;
}

// NULL (of the column's type) when not measured: the statements keep the stored offset then.
QVariant optionalOffset(std::optional<qint64> clockOffsetMs) {
  return clockOffsetMs ? QVariant(*clockOffsetMs) : QVariant(QMetaType::fromType<qint64>());
}

}  // namespace

void DeviceRepository::insert(const Device& device, const QString& credentialHash) {
  tx_.write(QStringLiteral(
                "INSERT INTO devices (id, credential_hash, person_id, unit_id, name, enrolled_at, last_seq) "
                "VALUES (?, ?, ?, ?, ?, ?, 0)"),
            {device.id, credentialHash, device.personId, device.unitId, device.name, device.enrolledAt});
}

std::optional<Device> DeviceRepository::find(const QString& id) {
  static const QString statement = kSelect + QStringLiteral("WHERE d.id = ?");
  ReadRows rows = tx_.read(statement, {id});
  if (!rows.next()) return std::nullopt;
  return deviceFrom(rows);
}

std::optional<Device> DeviceRepository::findByCredentialHash(const QString& credentialHash) {
  // Every call of every device comes here: through the database's own API (Transaction::read).
  static const QString statement = kSelect + QStringLiteral("WHERE d.credential_hash = ?");
  ReadRows rows = tx_.read(statement, {credentialHash});
  if (!rows.next()) return std::nullopt;
  return deviceFrom(rows);
}

std::vector<Device> DeviceRepository::all() { return within(everyUnitPattern()); }

std::vector<Device> DeviceRepository::within(const QString& scopePattern) {
  QSqlQuery query = sql::run(
      tx_.connection(),
      kSelect + QStringLiteral("WHERE d.unit_id ") + inSubtree() + QStringLiteral("ORDER BY d.enrolled_at DESC, d.id"),
      {scopePattern});
  std::vector<Device> devices;
  while (query.next()) devices.push_back(deviceFrom(query));
  return devices;
}

bool DeviceRepository::replaceCredential(const QString& id, const QString& credentialHash) {
  QSqlQuery query =
      sql::run(tx_.connection(),
               QStringLiteral("UPDATE devices SET credential_hash = ? WHERE id = ? AND revoked_at IS NULL"),
               {credentialHash, id});
  return query.numRowsAffected() > 0;
}

bool DeviceRepository::revoke(const QString& id, qint64 at) {
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                             {at, id});
  return query.numRowsAffected() > 0;
}

void DeviceRepository::recordPush(const QString& id, quint64 lastSeq, qint64 at,
                                  std::optional<qint64> clockOffsetMs) {
  tx_.write(QStringLiteral("UPDATE devices SET last_seq = ?, last_seen_at = ?, "
                           "clock_offset_ms = COALESCE(?, clock_offset_ms) WHERE id = ?"),
            {static_cast<qint64>(lastSeq), at, optionalOffset(clockOffsetMs), id});
}

void DeviceRepository::recordSync(const QString& id, const SyncReport& report) {
  // The offset stays as the last push measured it when this call did not say the device's time.
  tx_.write(QStringLiteral("UPDATE devices SET last_sync_at = ?, last_seen_at = ?, app_version = ?, "
                           "pending_count = ?, clock_offset_ms = COALESCE(?, clock_offset_ms) WHERE id = ?"),
            {report.at, report.at, report.appVersion, static_cast<qint64>(report.pendingCount),
             optionalOffset(report.clockOffsetMs), id});
}

}  // namespace sohoi::server
