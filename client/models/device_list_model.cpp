#include "device_list_model.h"

#include "background_call.h"
#include "language.h"
#include "relative_time.h"

#include <QDateTime>

namespace sohoi::app {

DeviceListModel::DeviceListModel(QObject* parent) : QAbstractListModel(parent) {}

int DeviceListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QVariant DeviceListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const client::ManagedDevice& device = devices_[static_cast<size_t>(index.row())];
  switch (role) {
    case DeviceIdRole: return device.deviceId;
    case Qt::DisplayRole:
    case PersonNameRole: return device.personName;
    case DeviceNameRole: return device.name;
    case UnitIdRole: return device.unitId;
    case LastSeenTextRole: return relativeTimeText(device.lastSeenAtMs, QDateTime::currentMSecsSinceEpoch());
    case RevokedRole: return device.revoked();
    default: return {};
  }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const {
  return {{DeviceIdRole, "deviceId"}, {PersonNameRole, "personName"},     {DeviceNameRole, "deviceName"},
          {UnitIdRole, "unitId"},     {LastSeenTextRole, "lastSeenText"}, {RevokedRole, "revoked"}};
}

template <typename Result>
void DeviceListModel::call(std::function<Result()> work, std::function<void(const Result&)> done) {
  if (++busy_ == 1) emit loadingChanged();
  runInBackground<Result>(this, std::move(work), [this, done = std::move(done)](const Result& result) {
    if (--busy_ == 0) emit loadingChanged();
    if (!result.ok()) {
      setError(localized(result.error.messageVi, result.error.messageEn));
      return;
    }
    setError({});
    done(result);
  });
}

void DeviceListModel::refresh() {
  if (!lister_) return setError(tr("Not connected to the server"));
  using Listed = client::RpcResult<std::vector<client::ManagedDevice>>;
  call<Listed>([lister = lister_, unit = unitId_] { return lister(unit); }, [this](const Listed& listed) {
    beginResetModel();
    devices_ = *listed.value;
    endResetModel();
    emit countChanged();
  });
}

void DeviceListModel::revoke(const QString& deviceId) {
  if (deviceId.isEmpty()) return;
  if (!revoker_) return setError(tr("Not connected to the server"));
  using Revoked = client::RpcResult<qint64>;
  call<Revoked>([revoker = revoker_, deviceId] { return revoker(deviceId); }, [this, deviceId](const Revoked& answer) {
    // Found again by id: the list may have been refreshed while the call ran.
    for (size_t i = 0; i < devices_.size(); ++i) {
      if (devices_[i].deviceId != deviceId) continue;
      devices_[i].revokedAtMs = *answer.value;
      const QModelIndex changed = index(static_cast<int>(i));
      emit dataChanged(changed, changed, {RevokedRole});
    }
    emit revoked(deviceId);
  });
}

void DeviceListModel::setUnitId(const QString& unitId) {
  if (unitId == unitId_) return;
  unitId_ = unitId;
  emit unitIdChanged();
}

void DeviceListModel::setError(const QString& error) {
  if (error == error_) return;
  error_ = error;
  emit errorChanged();
}

}  // namespace sohoi::app
