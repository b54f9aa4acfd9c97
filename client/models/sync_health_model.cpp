#include "sync_health_model.h"

#include "background_call.h"
#include "language.h"
#include "relative_time.h"

#include <QSet>
#include <QSettings>
#include <QStringList>

namespace sohoi::app {

namespace {

const QString kSettingKey = QStringLiteral("syncHealth/silentAfterDays");

QString appVersionsOf(const BranchSyncHealth& branch) {
  QStringList versions;
  for (const DeviceSyncState& device : branch.devices)
    if (!device.appVersion.isEmpty() && !versions.contains(device.appVersion)) versions << device.appVersion;
  return versions.join(QStringLiteral(", "));
}

}  // namespace

SyncHealthModel::SyncHealthModel(QObject* parent)
    : QAbstractListModel(parent), silentAfterDays_(kDefaultSilentAfterDays) {}

int SyncHealthModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QVariant SyncHealthModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const BranchSyncHealth& branch = report_.branches[static_cast<size_t>(index.row())];
  const qint64 last = lastSyncOf(branch);
  switch (role) {
    case UnitIdRole: return branch.unitId;
    case Qt::DisplayRole:
    case BranchNameRole: return branch.name;
    case CommuneNameRole: return branch.communeName;
    case DistrictNameRole: return branch.districtName;
    // Counted to the server's "now", so a desktop clock that is off does not shift the figures.
    case LastSyncTextRole: return relativeTimeText(last, report_.nowMs);
    case LastSyncAtRole: return last ? QDateTime::fromMSecsSinceEpoch(last) : QDateTime();
    case DaysSilentRole: return daysSilent(last, report_.nowMs).value_or(-1);
    case SilentRole: return isSilent(last, report_.nowMs, silentAfterDays_);
    case PendingRole: return static_cast<int>(pendingOf(branch));
    case AppVersionsRole: return appVersionsOf(branch);
    case WrongClockRole: return anyWrongClock(branch);
    case DeviceCountRole: return static_cast<int>(branch.devices.size());
    default: return {};
  }
}

QHash<int, QByteArray> SyncHealthModel::roleNames() const {
  return {{UnitIdRole, "unitId"},           {BranchNameRole, "branchName"},     {CommuneNameRole, "communeName"},
          {DistrictNameRole, "districtName"}, {LastSyncTextRole, "lastSyncText"}, {LastSyncAtRole, "lastSyncAt"},
          {DaysSilentRole, "daysSilent"},   {SilentRole, "silent"},             {PendingRole, "pending"},
          {AppVersionsRole, "appVersions"}, {WrongClockRole, "wrongClock"},     {DeviceCountRole, "deviceCount"}};
}

void SyncHealthModel::setSettingsFile(const QString& path) {
  settingsFile_ = path;
  const int remembered = QSettings(path, QSettings::IniFormat).value(kSettingKey, kDefaultSilentAfterDays).toInt();
  setSilentAfterDays(remembered);
}

void SyncHealthModel::refresh() {
  if (!fetcher_) {
    setError(tr("Not connected to the server"));
    return;
  }
  const quint64 generation = ++generation_;
  setLoading(true);
  runInBackground<client::RpcResult<client::SyncHealth>>(
      this, [fetcher = fetcher_, unit = unitId_, days = silentAfterDays_] { return fetcher(unit, days); },
      [this, generation](const client::RpcResult<client::SyncHealth>& result) { apply(generation, result); });
}

void SyncHealthModel::apply(quint64 generation, const client::RpcResult<client::SyncHealth>& result) {
  if (generation != generation_) return;  // a newer refresh is on its way
  setLoading(false);
  if (!result.ok()) {
    setError(localized(result.error.messageVi, result.error.messageEn));
    return;
  }
  beginResetModel();
  report_ = *result.value;
  sortWorstFirst(report_.branches, report_.nowMs);  // whatever order the fetcher kept
  endResetModel();
  updatedAt_ = QDateTime::currentDateTime();
  setError({});
  emit updated();
}

void SyncHealthModel::choose(int row) {
  if (row < 0 || row >= count()) return;
  emit branchChosen(report_.branches[static_cast<size_t>(row)].unitId);
}

void SyncHealthModel::setUnitId(const QString& unitId) {
  if (unitId == unitId_) return;
  unitId_ = unitId;
  emit unitIdChanged();
}

void SyncHealthModel::setSilentAfterDays(int days) {
  const int bounded = silentAfterDaysOr(std::max(days, kMinSilentAfterDays));
  if (bounded == silentAfterDays_) return;
  silentAfterDays_ = bounded;
  if (!settingsFile_.isEmpty()) QSettings(settingsFile_, QSettings::IniFormat).setValue(kSettingKey, bounded);
  // The order does not depend on N; only which rows are silent does.
  if (count() > 0) emit dataChanged(index(0), index(count() - 1), {SilentRole});
  emit silentAfterDaysChanged();
  emit updated();
}

int SyncHealthModel::minSilentAfterDays() const { return kMinSilentAfterDays; }
int SyncHealthModel::maxSilentAfterDays() const { return kMaxSilentAfterDays; }

int SyncHealthModel::silentCount() const {
  return static_cast<int>(std::count_if(report_.branches.begin(), report_.branches.end(), [&](const BranchSyncHealth& b) {
    return isSilent(lastSyncOf(b), report_.nowMs, silentAfterDays_);
  }));
}

void SyncHealthModel::setLoading(bool loading) {
  if (loading == loading_) return;
  loading_ = loading;
  emit loadingChanged();
}

void SyncHealthModel::setError(const QString& error) {
  if (error == error_) return;
  error_ = error;
  emit errorChanged();
}

}  // namespace sohoi::app
