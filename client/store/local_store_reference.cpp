// The reference data a pull brings besides records (plan/reference_data.h): kept whole, replaced whole.
#include "local_store.h"

#include "sql_support.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sohoi::client {

QString LocalStore::referenceVersion() const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT version FROM reference_state WHERE id = 1")) || !query.next()) return {};
  return query.value(0).toString();
}

std::optional<plan::PlanFile> LocalStore::planFile() const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT plan_year, plan_file_name, plan_text FROM reference_state "
                                      "WHERE id = 1 AND plan_text IS NOT NULL")) ||
      !query.next())
    return std::nullopt;
  return plan::PlanFile{query.value(0).toInt(), query.value(1).toString(), query.value(2).toByteArray()};
}

std::vector<plan::UnitBaseline> LocalStore::baselines() const {
  sql::CachedQuery query(statements_);
  std::vector<plan::UnitBaseline> result;
  if (!sql::run(query, QStringLiteral("SELECT unit_id, year, members, women_18_plus, fund, branch_leaders, "
                                      "full_time_cadres, committee_members, core_members FROM baselines ORDER BY unit_id")))
    return result;
  while (query.next())
    result.push_back({query.value(0).toString(), query.value(1).toInt(), query.value(2).toLongLong(),
                      query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                      query.value(6).toLongLong(), query.value(7).toLongLong(), query.value(8).toLongLong()});
  return result;
}

Status LocalStore::replaceReferenceData(const plan::ReferenceData& reference) {
  sql::Transaction transaction(db_);
  if (!transaction.status().isOk()) return transaction.status();
  if (Status status = writeReferenceData(reference); !status.isOk()) return status;
  if (Status status = transaction.commit(); !status.isOk()) return status;
  return loadOrgTree();
}

Status LocalStore::writeReferenceData(const plan::ReferenceData& reference) {
  if (Status status = writeOrgUnits(reference.units); !status.isOk()) return status;
  if (Status status = forgetRecordsOutside(OrgTree(reference.units)); !status.isOk()) return status;
  sql::CachedQuery query(statements_);
  const plan::PlanFile plan = reference.plan.value_or(plan::PlanFile{});
  // No plan on the server: the columns are NULL, and the app shows no progress rather than an old plan's.
  const QVariant text = reference.plan ? QVariant(plan.text) : QVariant(QMetaType(QMetaType::QByteArray));
  if (!sql::run(query,
                QStringLiteral("UPDATE reference_state SET version = ?, plan_year = ?, plan_file_name = ?, "
                               "plan_text = ? WHERE id = 1"),
                {reference.version.isNull() ? QStringLiteral("") : reference.version, plan.year, plan.fileName, text}) ||
      !sql::run(query, QStringLiteral("DELETE FROM baselines")) ||
      !query.prepare(QStringLiteral("INSERT INTO baselines (unit_id, year, members, women_18_plus, fund, "
                                    "branch_leaders, full_time_cadres, committee_members, core_members) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
    return sql::error(query.lastError(), QStringLiteral("reference data"));
  for (const plan::UnitBaseline& b : reference.baselines)
    if (!sql::rerun(query, {b.unitId, b.year, b.members, b.women18Plus, b.fund, b.branchLeaders, b.fullTimeCadres,
                            b.committeeMembers, b.coreMembers}))
      return sql::error(query.lastError(), QStringLiteral("baselines"));
  return Status::ok();
}

Status LocalStore::forgetRecordsOutside(const OrgTree& tree) {
  // A tree without this device's unit is not one to judge the scope by: keep everything.
  if (account_.unitId.isEmpty() || !tree.contains(account_.unitId)) return Status::ok();
  const QString scope = tree.openUnitFor(account_.unitId);
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT id, unit_id FROM records WHERE pending = 0")))
    return sql::error(query.lastError(), QStringLiteral("records in scope"));
  QStringList outside;
  while (query.next())
    if (!tree.isWithin(query.value(1).toString(), scope)) outside.append(query.value(0).toString());
  for (const QString& recordId : outside)
    if (Status status = forgetRecord(recordId); !status.isOk()) return status;
  return Status::ok();
}

}  // namespace sohoi::client
