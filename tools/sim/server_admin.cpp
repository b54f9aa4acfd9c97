#include "server_admin.h"

#include "admin/demo_province.h"
#include "storage/database.h"
#include "storage/org_unit_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "sync/enrolment.h"

namespace sohoi::tools::sim {

std::unique_ptr<ServerAdmin> ServerAdmin::open(const QString& dbSpec, QString* error) {
  std::unique_ptr<server::Database> database = server::Database::open(dbSpec, error);
  if (!database) return nullptr;
  return std::unique_ptr<ServerAdmin>(new ServerAdmin(std::move(database)));
}

ServerAdmin::ServerAdmin(std::unique_ptr<server::Database> database) : database_(std::move(database)) {}

ServerAdmin::~ServerAdmin() = default;

std::vector<OrgUnit> ServerAdmin::units() {
  try {
    server::Transaction tx(*database_, server::Transaction::Mode::Read);
    std::vector<OrgUnit> all = server::OrgUnitRepository(tx).all();
    tx.commit();
    return all;
  } catch (const server::StorageError&) {
    return {};
  }
}

bool ServerAdmin::loadDemoIfEmpty(QString* error) {
  try {
    server::Transaction tx(*database_, server::Transaction::Mode::Write);
    server::OrgUnitRepository repository(tx);
    if (repository.count() == 0) repository.upsert(server::demoProvince());
    tx.commit();
    return true;
  } catch (const server::StorageError& failure) {
    if (error) *error = QString::fromStdString(failure.what());
    return false;
  }
}

std::optional<QString> ServerAdmin::issueCode(const QString& unitId, const QString& personName, QString* error) {
  try {
    server::Result<server::IssuedCode> issued = server::Enrolment(*database_).issueCode(unitId, personName);
    if (!issued) {
      if (error) *error = issued.error().bilingual();
      return std::nullopt;
    }
    return issued.value().code;
  } catch (const server::StorageError& failure) {
    if (error) *error = QString::fromStdString(failure.what());
    return std::nullopt;
  }
}

}  // namespace sohoi::tools::sim
