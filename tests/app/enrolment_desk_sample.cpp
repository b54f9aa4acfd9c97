#include "enrolment_desk_sample.h"

#include "workspace_demo.h"

#include <QDateTime>

namespace sohoi::app::test {

namespace {

// A fixture that could not be built makes every later check meaningless: stop at once, saying why.
void require(const client::Status& status) {
  if (!status.isOk()) qFatal("the sample workspace could not be made: %s", qPrintable(status.toString()));
}

}  // namespace

DistrictWorkspace::DistrictWorkspace() {
  require(manager.open(dir.filePath(QStringLiteral("sohoi.sqlite"))));
  require(addDemoWorkspace(manager.store(), 0));
  client::Account account = manager.store().account();
  account.serverAddress = QLatin1String(kSampleServer);
  account.certificatePin = QLatin1String(kSamplePin);
  require(manager.store().saveAccount(account));
  manager.reload();
}

EnrolmentDesk::Issuer FakeEnrolmentServer::issuer() {
  return [this](const QString& unitId, const QString& personName) {
    ++issueCalls_;
    {
      std::lock_guard lock(mutex_);
      lastIssue_ = unitId + QLatin1Char('|') + personName;
    }
    using Issued = client::RpcResult<client::EnrolmentCode>;
    if (refuse_) return Issued::failure(outOfScope());
    return Issued::success({QLatin1String(kSampleCode), QStringLiteral("0192f3c4-0000-7000-8000-00000000a11c"),
                            unitId, kSampleExpiresAtMs});
  };
}

DeviceListModel::Lister FakeEnrolmentServer::lister() {
  return [this](const QString&) {
    std::lock_guard lock(mutex_);
    return client::RpcResult<std::vector<client::ManagedDevice>>::success(devices_);
  };
}

DeviceListModel::Revoker FakeEnrolmentServer::revoker() {
  return [this](const QString& deviceId) {
    std::lock_guard lock(mutex_);
    for (client::ManagedDevice& device : devices_)
      if (device.deviceId == deviceId) {
        if (!device.revoked()) device.revokedAtMs = QDateTime::currentMSecsSinceEpoch();
        return client::RpcResult<qint64>::success(device.revokedAtMs);
      }
    return client::RpcResult<qint64>::failure({false, 5, ReasonCode::NotFound, QStringLiteral("NOT_FOUND"),
                                               QStringLiteral("Không tìm thấy thiết bị"),
                                               QStringLiteral("No such device")});
  };
}

QString FakeEnrolmentServer::lastIssue() const {
  std::lock_guard lock(mutex_);
  return lastIssue_;
}

client::RpcError FakeEnrolmentServer::outOfScope() {
  return {false, 7, ReasonCode::OutOfScope, QStringLiteral("OUT_OF_SCOPE"),
          QStringLiteral("Đơn vị nằm ngoài phạm vi của bạn"), QStringLiteral("The unit is outside your scope")};
}

std::vector<client::ManagedDevice> FakeEnrolmentServer::sampleDevices() {
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  constexpr qint64 kHourMs = 3600 * 1000;
  auto device = [](const char* id, const char* person, const char* unit, const char* name) {
    client::ManagedDevice d;
    d.deviceId = QLatin1String(id);
    d.personName = QString::fromUtf8(person);
    d.unitId = QLatin1String(unit);
    d.name = QString::fromUtf8(name);
    d.role = QStringLiteral("branch_leader");
    return d;
  };
  client::ManagedDevice hanh = device("0192f3c4-0000-7000-8000-0000000000d1", "Nguyễn Thị Hạnh", "05449-1",
                                      "Máy tính bảng Samsung");
  hanh.lastSeenAtMs = now - 2 * kHourMs;
  client::ManagedDevice mai = device("0192f3c4-0000-7000-8000-0000000000d2", "Trần Thị Mai", "05443-2",
                                     "Máy tính bảng Lenovo");
  mai.lastSeenAtMs = now - 50 * kHourMs;
  client::ManagedDevice lost = device("0192f3c4-0000-7000-8000-0000000000d3", "Lê Thị Hồng", "05452-4",
                                      "Máy tính bảng (mất)");
  lost.lastSeenAtMs = now - 400 * kHourMs;
  lost.revokedAtMs = now - 100 * kHourMs;
  return {hanh, mai, lost};
}

}  // namespace sohoi::app::test
