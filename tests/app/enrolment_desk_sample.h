#pragma once
// The enrolment desk's world without a server, for its model tests and the page's QuickTest: a district
// officer's workspace store (the demo district: three commune units of four branches) signed in to a
// server with its own certificate, and a fake AdminService that issues known codes, lists known devices
// and revokes them, or refuses as the server would.
#include "device_list_model.h"
#include "enrolment_desk.h"
#include "record_manager.h"

#include <QTemporaryDir>
#include <atomic>
#include <mutex>

namespace sohoi::app::test {

/// Where the sample workspace signed in, and the pin of that server's certificate.
inline constexpr char kSampleServer[] = "10.20.0.5:50551";
inline constexpr char kSamplePin[] = "5f2b8c0e9a14d7c3b6e1f08a2d4c9e7b3a5f1c8d0e6b2a9f4c7d1e3b8a0f5c2d";
/// The code the fake issues, and when it expires (1 July 2021, 08:30 UTC).
inline constexpr char kSampleCode[] = "HK4T7MWQ";
inline constexpr qint64 kSampleExpiresAtMs = 1'625'128'200'000;

/// A district officer's workspace store in a temporary folder, signed in at kSampleServer with kSamplePin.
struct DistrictWorkspace {
  DistrictWorkspace();
  QTemporaryDir dir;
  RecordManager manager;
};

class FakeEnrolmentServer {
 public:
  /// Functions answering from this object (which must outlive the models given them).
  EnrolmentDesk::Issuer issuer();
  DeviceListModel::Lister lister();
  DeviceListModel::Revoker revoker();
  /// From now on every issue is refused as the server refuses a unit outside the caller's scope.
  void refuseIssues() { refuse_ = true; }
  int issueCalls() const { return issueCalls_; }
  /// The last issue asked for, as "unitId|personName".
  QString lastIssue() const;

  /// The refusal's words, as the server sends them.
  static client::RpcError outOfScope();

 private:
  std::atomic<bool> refuse_{false};
  std::atomic<int> issueCalls_{0};
  mutable std::mutex mutex_;
  QString lastIssue_;                        // GUARDED_BY(mutex_)
  std::vector<client::ManagedDevice> devices_ = sampleDevices();  // GUARDED_BY(mutex_)

  /// Three tablets of the demo district: two active, one already revoked.
  static std::vector<client::ManagedDevice> sampleDevices();
};

}  // namespace sohoi::app::test
