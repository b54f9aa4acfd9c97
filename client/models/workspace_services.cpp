#include "workspace_services.h"

#include "local_progress.h"

#include "admin/admin_client.h"
#include "report/report_client.h"
#include "sync/sync_client.h"

#include "domain/rejection.h"

#include <QCoreApplication>
#include <utility>

namespace sohoi::app {

namespace {

client::RpcError notSignedIn() {
  client::RpcError error;
  error.reasonName = QStringLiteral("SESSION_ENDED");
  error.reason = ReasonCode::SessionEnded;
  const Rejection words = rejectionFor(ReasonCode::SessionEnded);
  error.messageVi = words.messageVi;
  error.messageEn = words.messageEn;
  return error;
}

/// Makes one AdminService call as the session: a stub of its own on the shared channel.
template <typename Call>
auto asSession(const WorkspaceServices::Connection& connection, Call call)
    -> decltype(call(std::declval<client::AdminClient&>())) {
  if (!connection.channel) return decltype(call(std::declval<client::AdminClient&>()))::failure(notSignedIn());
  client::AdminClient::Options options;
  options.appVersion = QCoreApplication::applicationVersion();
  client::AdminClient admin(connection.channel, options);
  admin.setToken(connection.token);
  return call(admin);
}

/// Makes one ReportService call as the session.
template <typename Call>
auto asReporter(const WorkspaceServices::Connection& connection, Call call)
    -> decltype(call(std::declval<client::ReportClient&>())) {
  if (!connection.channel) return decltype(call(std::declval<client::ReportClient&>()))::failure(notSignedIn());
  client::ReportClient::Options options;
  options.appVersion = QCoreApplication::applicationVersion();
  client::ReportClient report(connection.channel, options);
  report.setCredential(connection.token);
  return call(report);
}

}  // namespace

WorkspaceServices::WorkspaceServices(RecordManager* manager, QObject* parent)
    : QObject(parent),
      manager_(manager),
      syncHealth_(new SyncHealthModel(this)),
      devices_(new DeviceListModel(this)),
      dashboard_(new ProgressDashboardModel(this)),
      exporter_(new ReportExporter(this)),
      enrolmentDesk_(new EnrolmentDesk(this)),
      connection_(std::make_shared<Connection>()) {
  exporter_->setManager(manager);
  enrolmentDesk_->setManager(manager);
}

WorkspaceServices::~WorkspaceServices() = default;

void WorkspaceServices::connectTo(const client::Account& account, const QString& storePath,
                                  const QString& settingsFile) {
  // A new connection object: calls still running on the old one finish against the old server.
  auto connection = std::make_shared<Connection>();
  if (account.isWorkspace()) {
    connection->channel = client::SyncClient::makeChannel(account.serverAddress, account.certificatePin);
    connection->token = account.credential;
  }
  connection_ = connection;
  syncHealth_->setSettingsFile(settingsFile);
  syncHealth_->setUnitId(account.unitId);
  syncHealth_->setFetcher([connection](const QString& unitId, int silentAfterDays) {
    return asSession(*connection, [&](client::AdminClient& admin) { return admin.syncHealth(unitId, silentAfterDays); });
  });
  devices_->setUnitId(account.unitId);
  devices_->setLister([connection](const QString& unitId) {
    return asSession(*connection, [&](client::AdminClient& admin) { return admin.listDevices(unitId); });
  });
  devices_->setRevoker([connection](const QString& deviceId) {
    return asSession(*connection, [&](client::AdminClient& admin) { return admin.revokeDevice(deviceId); });
  });
  enrolmentDesk_->setIssuer([connection](const QString& unitId, const QString& personName) {
    return asSession(*connection, [&](client::AdminClient& admin) { return admin.issueEnrolmentCode(unitId, personName); });
  });
  dashboard_->setStorePath(storePath);
  dashboard_->setApprovedFetcher([storePath](const QString& unitId, int childDepth, const QString& asOf) {
    return progressFromStore(storePath, unitId, childDepth, asOf, true);
  });
  dashboard_->setFetcher([connection](const QString& unitId, int childDepth, const QString& asOf) {
    return asReporter(*connection, [&](client::ReportClient& report) {
      return report.getProgress(unitId, childDepth, asOf);
    });
  });
  exporter_->setSettingsFile(settingsFile);
  exporter_->setExporter([connection](const client::ExportRequest& request, client::ExportProgress progress) {
    return asReporter(*connection, [&](client::ReportClient& report) {
      return report.exportReport(request.unitId, request.year, request.quarter, request.format, request.kind,
                                 progress);
    });
  });
}

}  // namespace sohoi::app
