#pragma once
// The devices working in a unit, for the workspace: who holds each, when it was last seen, and revoking a
// lost tablet (thu hồi thiết bị), after which its next call is refused. Calls go through injected functions,
// so the model does not care how the workspace connects.
//
// Threading: UI thread only. refresh() and revoke() run their call on a pool thread; results arrive on the
// UI thread.
#include "admin/oversight_types.h"
#include "sync/sync_transport.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <vector>

namespace sohoi::app {

class DeviceListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitIdChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  /// Blocking calls, made off the UI thread.
  using Lister = std::function<client::RpcResult<std::vector<client::ManagedDevice>>(const QString& unitId)>;
  using Revoker = std::function<client::RpcResult<qint64>(const QString& deviceId)>;

  enum Role { DeviceIdRole = Qt::UserRole + 1, PersonNameRole, DeviceNameRole, UnitIdRole, LastSeenTextRole, RevokedRole };
  Q_ENUM(Role)

  explicit DeviceListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  void setLister(Lister lister) { lister_ = std::move(lister); }
  void setRevoker(Revoker revoker) { revoker_ = std::move(revoker); }
  Q_INVOKABLE void refresh();
  /// Revokes the device (named by id, not row: the list may refresh while a person confirms); its row
  /// shows it revoked once the server agreed.
  Q_INVOKABLE void revoke(const QString& deviceId);

  QString unitId() const { return unitId_; }
  void setUnitId(const QString& unitId);
  bool loading() const { return busy_ > 0; }
  QString error() const { return error_; }
  int count() const { return static_cast<int>(devices_.size()); }

 signals:
  void unitIdChanged();
  void loadingChanged();
  void errorChanged();
  void countChanged();
  /// The server revoked deviceId.
  void revoked(const QString& deviceId);

 private:
  template <typename Result>
  void call(std::function<Result()> work, std::function<void(const Result&)> done);
  void setError(const QString& error);

  Lister lister_;
  Revoker revoker_;
  QString unitId_;
  int busy_ = 0;  // calls under way
  QString error_;
  std::vector<client::ManagedDevice> devices_;
};

}  // namespace sohoi::app
