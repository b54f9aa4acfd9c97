#pragma once
// The simulator's and benchmark's staff work, done over the wire as district staff at a desktop would:
// sign in with an account (AdminService.SignIn), learn the org tree from a Pull with the signed-in
// session (a session syncs like a device), and issue enrolment codes (AdminService.IssueEnrolmentCode).
// The tools never open the server's database (DESIGN §6).
//
// Threading: one caller at a time.
#include "admin/oversight_types.h"
#include "domain/org_unit.h"
#include "domain/record_version.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace grpc {
class Channel;
}

namespace sohoi::client {
class AdminClient;
}

namespace sohoi::tools::sim {

class StaffDesk {
 public:
  /// Signs in on channel as username at workstation; null and *error (Vietnamese / English) on failure.
  static std::unique_ptr<StaffDesk> signIn(const std::shared_ptr<grpc::Channel>& channel, const QString& username,
                                           const QString& password, const QString& workstation, QString* error);
  /// Signs out, so the session's token does not outlive the staff work.
  ~StaffDesk();

  /// Every unit of the org tree the session may see, parents first; nullopt and *error on failure.
  std::optional<std::vector<OrgUnit>> units(QString* error);
  /// Calls visit with every version of the change feed the session may see, pulled page by page from the
  /// start; false and *error when a pull fails.
  bool forEachVersion(const std::function<void(const RecordVersion&)>& visit, QString* error);
  /// A one-time enrolment code for a new branch leader called personName in unitId.
  std::optional<QString> issueCode(const QString& unitId, const QString& personName, QString* error);
  /// How long the server took to answer its calls so far (needs an account allowed to read them).
  std::optional<client::ServerCallTimes> callTimes(QString* error);

 private:
  StaffDesk(std::shared_ptr<grpc::Channel> channel, std::unique_ptr<client::AdminClient> admin, QString token);

  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<client::AdminClient> admin_;
  QString token_;
};

}  // namespace sohoi::tools::sim
