#pragma once
// A device inside the test process: its own store file, the real gRPC client (behind a transport that
// can lose calls), the real synchronizer and the simulator's record factory.
#include "flaky_transport.h"
#include "province_fixture.h"
#include "record_factory.h"
#include "store/local_store.h"
#include "sync/sync_client.h"
#include "sync/synchronizer.h"

#include <memory>

namespace sohoi::testing {

class TestDevice {
 public:
  /// Enrols a device for unit on the fixture's server and downloads its scope; it makes its records in
  /// recordUnit (a branch; empty: unit itself). Throws on failure.
  TestDevice(ProvinceFixture& fixture, const QString& name, const QString& unit, quint64 seed,
             const QString& recordUnit = {});

  client::LocalStore& store() { return *store_; }
  FlakyTransport& transport() { return flaky_; }
  /// Saves count new records offline.
  void create(int count);
  /// One sync run with short retry waits (tests restart servers within seconds).
  client::SyncOutcome sync();

 private:
  std::unique_ptr<client::LocalStore> store_;
  client::SyncClient client_;
  FlakyTransport flaky_;
  tools::sim::RecordFactory factory_;
};

}  // namespace sohoi::testing
