#include "plan_repository.h"

#include "meta_repository.h"
#include "sql.h"
#include "transaction.h"

#include "ids/uuid7.h"

#include <QDateTime>

namespace sohoi::server {

namespace {

const QString kInputsKey = QStringLiteral("progress_inputs");

}  // namespace

qint64 PlanRepository::insertPlan(int year, const QString& provinceId, const QString& fileName,
                                  const QByteArray& text) {
  const qint64 id = sql::nextId(tx_.connection(), QStringLiteral("plans"));
  sql::run(tx_.connection(),
           QStringLiteral("INSERT INTO plans (id, year, province_id, file_name, text, loaded_at) "
                          "VALUES (?, ?, ?, ?, ?, ?)"),
           {id, year, provinceId, fileName, QString::fromUtf8(text), QDateTime::currentMSecsSinceEpoch()});
  touch();
  return id;
}

std::optional<StoredPlan> PlanRepository::newestPlan() {
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("SELECT id, year, province_id, file_name, text, loaded_at FROM plans "
                                            "ORDER BY year DESC, id DESC LIMIT 1"));
  if (!query.next()) return std::nullopt;
  return StoredPlan{query.value(0).toLongLong(), query.value(1).toInt(),      query.value(2).toString(),
                    query.value(3).toString(),   query.value(4).toString().toUtf8(), query.value(5).toLongLong()};
}

void PlanRepository::saveBaselines(const std::vector<plan::UnitBaseline>& baselines) {
  QSqlQuery write = sql::prepare(
      tx_.connection(),
      QStringLiteral("INSERT INTO unit_baselines (unit_id, year, members, women_18_plus, fund, branch_leaders, "
                     "full_time_cadres, committee_members, core_members) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT (unit_id, year) DO UPDATE SET members = excluded.members, "
                     "women_18_plus = excluded.women_18_plus, fund = excluded.fund, "
                     "branch_leaders = excluded.branch_leaders, full_time_cadres = excluded.full_time_cadres, "
                     "committee_members = excluded.committee_members, core_members = excluded.core_members"));
  for (const plan::UnitBaseline& b : baselines)
    sql::exec(write, {b.unitId, b.year, b.members, b.women18Plus, b.fund, b.branchLeaders, b.fullTimeCadres,
                      b.committeeMembers, b.coreMembers});
  touch();
}

std::vector<plan::UnitBaseline> PlanRepository::baselines(int year) {
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("SELECT unit_id, year, members, women_18_plus, fund, branch_leaders, "
                                            "full_time_cadres, committee_members, core_members FROM unit_baselines "
                                            "WHERE year = ? ORDER BY unit_id"),
                             {year});
  std::vector<plan::UnitBaseline> result;
  while (query.next()) {
    plan::UnitBaseline b;
    b.unitId = query.value(0).toString();
    b.year = query.value(1).toInt();
    b.members = query.value(2).toLongLong();
    b.women18Plus = query.value(3).toLongLong();
    b.fund = query.value(4).toLongLong();
    b.branchLeaders = query.value(5).toLongLong();
    b.fullTimeCadres = query.value(6).toLongLong();
    b.committeeMembers = query.value(7).toLongLong();
    b.coreMembers = query.value(8).toLongLong();
    result.push_back(b);
  }
  return result;
}

void PlanRepository::insertHistory(const UnitHistoryEntry& entry) {
  const qint64 id = sql::nextId(tx_.connection(), QStringLiteral("unit_history"));
  sql::run(tx_.connection(),
           QStringLiteral("INSERT INTO unit_history (id, unit_id, parent_id, valid_from, valid_to, merged_into, "
                          "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
           {id, entry.unitId, sql::textOrNull(entry.parentId), sql::dateOrNull(entry.validFrom),
            entry.validTo.toString(Qt::ISODate), sql::textOrNull(entry.mergedInto),
            QDateTime::currentMSecsSinceEpoch()});
  touch();
}

std::vector<UnitHistoryEntry> PlanRepository::history() {
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("SELECT unit_id, COALESCE(parent_id, ''), COALESCE(valid_from, ''), "
                                            "valid_to, COALESCE(merged_into, '') FROM unit_history ORDER BY id"));
  std::vector<UnitHistoryEntry> result;
  while (query.next())
    result.push_back({query.value(0).toString(), query.value(1).toString(),
                      QDate::fromString(query.value(2).toString(), Qt::ISODate),
                      QDate::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toString()});
  return result;
}

QDate PlanRepository::lastChange(const QString& unitId) {
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("SELECT MAX(valid_to) FROM unit_history WHERE unit_id = ?"), {unitId});
  return query.next() ? QDate::fromString(query.value(0).toString(), Qt::ISODate) : QDate();
}

void PlanRepository::touch() { MetaRepository(tx_).setValue(kInputsKey, newUuid7()); }

QString PlanRepository::inputsVersion() { return MetaRepository(tx_).value(kInputsKey).value_or(QString()); }

}  // namespace sohoi::server
