#pragma once
// Tình trạng đồng bộ (sync health) for the district and province workspace: one row per branch, worst first,
// with when its devices last synced, what waits on them, their app versions and wrong clocks. Branches silent
// for more than silentAfterDays (a setting, remembered) are flagged; the rule and the order are the shared
// ones (shared/health/sync_health.h), so a change of N re-judges the rows without asking the server.
// The data comes through an injected fetcher, so the model does not care how the workspace connects.
//
// Threading: UI thread only. refresh() runs the fetcher on a pool thread; results arrive on the UI thread.
#include "admin/oversight_types.h"
#include "sync/sync_transport.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace sohoi::app {

class SyncHealthModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitIdChanged)
  Q_PROPERTY(int silentAfterDays READ silentAfterDays WRITE setSilentAfterDays NOTIFY silentAfterDaysChanged)
  Q_PROPERTY(int minSilentAfterDays READ minSilentAfterDays CONSTANT)
  Q_PROPERTY(int maxSilentAfterDays READ maxSilentAfterDays CONSTANT)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  Q_PROPERTY(QDateTime updatedAt READ updatedAt NOTIFY updated)
  Q_PROPERTY(int count READ count NOTIFY updated)
  Q_PROPERTY(int silentCount READ silentCount NOTIFY updated)

 public:
  /// Asks the server for unitId's branches (empty: the caller's unit); blocking, called off the UI thread.
  using Fetcher = std::function<client::RpcResult<client::SyncHealth>(const QString& unitId, int silentAfterDays)>;

  enum Role {
    UnitIdRole = Qt::UserRole + 1,
    BranchNameRole,
    CommuneNameRole,
    DistrictNameRole,
    LastSyncTextRole,  // "3 ngày trước", "chưa bao giờ"
    LastSyncAtRole,    // QDateTime; invalid when never
    DaysSilentRole,    // -1 when never
    SilentRole,
    PendingRole,
    AppVersionsRole,   // the devices' versions, distinct, comma-separated
    WrongClockRole,
    DeviceCountRole,
  };
  Q_ENUM(Role)

  explicit SyncHealthModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  void setFetcher(Fetcher fetcher) { fetcher_ = std::move(fetcher); }
  /// The INI file silentAfterDays is remembered in (the app's settings.ini), read at once.
  void setSettingsFile(const QString& path);
  /// Fetches again; a refresh asked for while one runs supersedes it.
  Q_INVOKABLE void refresh();
  /// "One click to the branch": emits branchChosen with the row's unit.
  Q_INVOKABLE void choose(int row);

  QString unitId() const { return unitId_; }
  void setUnitId(const QString& unitId);
  int silentAfterDays() const { return silentAfterDays_; }
  /// Kept within the shared bounds and remembered in QSettings.
  void setSilentAfterDays(int days);
  int minSilentAfterDays() const;
  int maxSilentAfterDays() const;
  bool loading() const { return loading_; }
  QString error() const { return error_; }
  QDateTime updatedAt() const { return updatedAt_; }
  int count() const { return static_cast<int>(report_.branches.size()); }
  int silentCount() const;

 signals:
  void branchChosen(const QString& unitId);
  void unitIdChanged();
  void silentAfterDaysChanged();
  void loadingChanged();
  void errorChanged();
  void updated();

 private:
  void apply(quint64 generation, const client::RpcResult<client::SyncHealth>& result);
  void setLoading(bool loading);
  void setError(const QString& error);

  Fetcher fetcher_;
  QString settingsFile_;
  QString unitId_;
  int silentAfterDays_;
  bool loading_ = false;
  QString error_;
  QDateTime updatedAt_;
  client::SyncHealth report_;
  quint64 generation_ = 0;  // of the newest refresh: older answers are dropped
};

}  // namespace sohoi::app
