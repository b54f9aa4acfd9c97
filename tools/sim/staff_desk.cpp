#include "staff_desk.h"

#include "admin/admin_client.h"
#include "sync/sync_client.h"
#include "sync/synchronizer.h"

namespace sohoi::tools::sim {

using client::statusFromRpcError;

std::unique_ptr<StaffDesk> StaffDesk::signIn(const std::shared_ptr<grpc::Channel>& channel, const QString& username,
                                             const QString& password, const QString& workstation, QString* error) {
  auto admin = std::make_unique<client::AdminClient>(channel);
  const client::RpcResult<client::AdminSession> session = admin->signIn(username, password, workstation);
  if (!session.ok()) {
    *error = statusFromRpcError(session.error).toString();
    return nullptr;
  }
  return std::unique_ptr<StaffDesk>(new StaffDesk(channel, std::move(admin), session.value->token));
}

StaffDesk::StaffDesk(std::shared_ptr<grpc::Channel> channel, std::unique_ptr<client::AdminClient> admin, QString token)
    : channel_(std::move(channel)), admin_(std::move(admin)), token_(std::move(token)) {}

StaffDesk::~StaffDesk() { admin_->signOut(); }  // best effort: the session expires on its own otherwise

std::optional<std::vector<OrgUnit>> StaffDesk::units(QString* error) {
  client::SyncClient sync(channel_);
  sync.setCredential(token_);
  // The first page from the start always carries the reference data; one change is enough to ask for.
  const client::RpcResult<client::PullPage> page = sync.pull({}, 1, {});
  if (!page.ok()) {
    *error = statusFromRpcError(page.error).toString();
    return std::nullopt;
  }
  if (!page.value->reference) {
    *error = QStringLiteral("Máy chủ không gửi cây tổ chức / The server sent no org tree");
    return std::nullopt;
  }
  return page.value->reference->units;
}

bool StaffDesk::forEachVersion(const std::function<void(const RecordVersion&)>& visit, QString* error) {
  client::SyncClient sync(channel_);
  sync.setCredential(token_);
  QByteArray cursor;
  QString referenceVersion;  // once known, the reference data is not sent again with every page
  for (;;) {
    const client::RpcResult<client::PullPage> page = sync.pull(cursor, 500, referenceVersion);
    if (!page.ok()) {
      *error = statusFromRpcError(page.error).toString();
      return false;
    }
    if (page.value->reference) referenceVersion = page.value->reference->version;
    for (const client::PulledChange& change : page.value->changes) visit(change.version);
    cursor = page.value->nextCursor;
    if (!page.value->hasMore) return true;
  }
}

std::optional<QString> StaffDesk::issueCode(const QString& unitId, const QString& personName, QString* error) {
  const client::RpcResult<client::EnrolmentCode> issued = admin_->issueEnrolmentCode(unitId, personName);
  if (!issued.ok()) {
    *error = statusFromRpcError(issued.error).toString();
    return std::nullopt;
  }
  return issued.value->code;
}

std::optional<client::ServerCallTimes> StaffDesk::callTimes(QString* error) {
  client::RpcResult<client::ServerCallTimes> times = admin_->callTimes();
  if (!times.ok()) {
    *error = statusFromRpcError(times.error).toString();
    return std::nullopt;
  }
  return std::move(times.value);
}

}  // namespace sohoi::tools::sim
