#include "clock_flag_repository.h"

#include "sql.h"
#include "transaction.h"

#include "clock/hybrid_logical_clock.h"

namespace sohoi::server {

void ClockFlagRepository::insert(const QString& deviceId, quint64 seq, const QString& versionId,
                                 std::optional<qint64> deviceTimeMs, qint64 at) {
  sql::runCached(tx_,
                 QStringLiteral("INSERT INTO clock_flags (device_id, seq, version_id, device_time_ms, flagged_at) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {deviceId, static_cast<qint64>(seq), versionId,
                  deviceTimeMs ? QVariant(*deviceTimeMs) : QVariant(QMetaType::fromType<qint64>()), at});
}

std::vector<ClockFlag> ClockFlagRepository::newest(const QString& deviceId, int limit) {
  QSqlQuery query = sql::run(
      tx_.connection(),
      QStringLiteral("SELECT f.device_id, COALESCE(a.full_name, ''), v.unit_id, COALESCE(u.name, ''), v.record_id, "
                     "f.version_id, v.hlc, f.flagged_at, f.device_time_ms "
                     "FROM clock_flags f JOIN versions v ON v.version_id = f.version_id "
                     "LEFT JOIN devices d ON d.id = f.device_id LEFT JOIN accounts a ON a.person_id = d.person_id "
                     "LEFT JOIN org_units u ON u.id = v.unit_id "
                     "WHERE ? = '' OR f.device_id = ? ORDER BY f.flagged_at DESC, f.seq DESC LIMIT ?"),
      {sql::text(deviceId), sql::text(deviceId), limit});
  std::vector<ClockFlag> flags;
  while (query.next()) {
    ClockFlag flag{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                   query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                   hlcMillis(static_cast<HlcStamp>(query.value(6).toLongLong())), query.value(7).toLongLong(),
                   std::nullopt};
    if (!query.value(8).isNull()) flag.clockOffsetMs = flag.flaggedAt - query.value(8).toLongLong();
    flags.push_back(flag);
  }
  return flags;
}

}  // namespace sohoi::server
