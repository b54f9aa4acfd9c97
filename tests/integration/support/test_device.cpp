#include "test_device.h"

#include <stdexcept>

namespace sohoi::testing {

namespace {
std::unique_ptr<client::LocalStore> openStore(const QString& path) {
  client::Status status;
  auto store = client::LocalStore::open(path, &status, client::LocalStore::Durability::Normal);
  if (!store) throw std::runtime_error(status.toString().toStdString());
  return store;
}
}  // namespace

TestDevice::TestDevice(ProvinceFixture& fixture, const QString& name, const QString& unit, quint64 seed,
                       const QString& recordUnit)
    : store_(openStore(fixture.storePath(name))),
      client_(fixture.server.address()),
      flaky_(&client_, seed),
      factory_(seed, recordUnit.isEmpty() ? unit : recordUnit) {
  const QString code = QString::fromStdString(issueCode(fixture.db, unit));
  const client::Status status = client::enrolDevice(store_.get(), &client_, code, name, fixture.server.address());
  if (!status.isOk()) throw std::runtime_error(status.toString().toStdString());
  if (const client::SyncOutcome first = sync(); !first.ok())
    throw std::runtime_error(first.status.toString().toStdString());
}

void TestDevice::create(int count) {
  const client::Status status = factory_.createRecords(store_.get(), count);
  if (!status.isOk()) throw std::runtime_error(status.toString().toStdString());
}

client::SyncOutcome TestDevice::sync() {
  client::Synchronizer::Options options;
  options.retry.base = std::chrono::milliseconds(5);
  options.retry.cap = std::chrono::milliseconds(20);
  options.retryBudget = 4;
  return client::Synchronizer(store_.get(), &flaky_, options).runOnce();
}

}  // namespace sohoi::testing
