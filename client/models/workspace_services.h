#pragma once
// What the workspace asks of the server besides sync, for the signed-in session: sync health, devices
// and enrolment codes (AdminService), progress and report files (ReportService). Owns the pages' models and connects them to one
// channel to the account's server with the session's token; reconnects them when the account changes.
// The models call through it from their worker threads: each call makes its own stub on the shared,
// thread-safe channel.
#include "device_list_model.h"
#include "enrolment_desk.h"
#include "progress_dashboard_model.h"
#include "record_manager.h"
#include "report_exporter.h"
#include "sync_health_model.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace grpc {
class Channel;
}

namespace sohoi::app {

class WorkspaceServices : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by AppController")
  Q_PROPERTY(sohoi::app::SyncHealthModel* syncHealth READ syncHealth CONSTANT)
  Q_PROPERTY(sohoi::app::DeviceListModel* devices READ devices CONSTANT)
  Q_PROPERTY(sohoi::app::ProgressDashboardModel* dashboard READ dashboard CONSTANT)
  Q_PROPERTY(sohoi::app::ReportExporter* exporter READ exporter CONSTANT)
  Q_PROPERTY(sohoi::app::EnrolmentDesk* enrolmentDesk READ enrolmentDesk CONSTANT)

 public:
  /// The session's channel, or none (not signed in): what every call goes through.
  struct Connection {
    std::shared_ptr<grpc::Channel> channel;
    QString token;
  };

  WorkspaceServices(RecordManager* manager, QObject* parent = nullptr);
  ~WorkspaceServices() override;

  /// Points every model at the account's server and session (after sign-in, on opening the store). The
  /// store at storePath keeps the dashboard's last answers; settingsFile the sync-health setting.
  void connectTo(const client::Account& account, const QString& storePath, const QString& settingsFile);

  SyncHealthModel* syncHealth() const { return syncHealth_; }
  DeviceListModel* devices() const { return devices_; }
  ProgressDashboardModel* dashboard() const { return dashboard_; }
  ReportExporter* exporter() const { return exporter_; }
  EnrolmentDesk* enrolmentDesk() const { return enrolmentDesk_; }

 private:
  QPointer<RecordManager> manager_;
  SyncHealthModel* syncHealth_;
  DeviceListModel* devices_;
  ProgressDashboardModel* dashboard_;
  ReportExporter* exporter_;
  EnrolmentDesk* enrolmentDesk_;
  std::shared_ptr<Connection> connection_;
};

}  // namespace sohoi::app
