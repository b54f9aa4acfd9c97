#pragma once
// The simulator's and benchmark's only contact with the server's database (everything else goes over
// gRPC): reading the org tree and issuing enrolment codes, as district staff would with sohoi-admin.
// Kept in this one file so the dependency on sohoi_server_core stays small.
#include "domain/org_unit.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace sohoi::server {
class Database;
}

namespace sohoi::tools::sim {

class ServerAdmin {
 public:
  /// Opens the server database (as sohoi-admin takes it: "sqlite:PATH"). Null and *error on failure.
  static std::unique_ptr<ServerAdmin> open(const QString& dbSpec, QString* error);
  ~ServerAdmin();

  /// Every unit of the org tree, parents first.
  std::vector<OrgUnit> units();
  /// Loads the demo province when the tree is empty (the benchmark's fresh database).
  bool loadDemoIfEmpty(QString* error);
  /// A one-time enrolment code for a new branch leader called personName in unitId.
  std::optional<QString> issueCode(const QString& unitId, const QString& personName, QString* error);

 private:
  explicit ServerAdmin(std::unique_ptr<server::Database> database);
  std::unique_ptr<server::Database> database_;
};

}  // namespace sohoi::tools::sim
