#pragma once
// A small province for the dashboard's tests: a plan of three indicators in two target groups (one
// quarterly), the province with three districts, and district 164 with two communes, answered by a fake
// fetcher that remembers what it was asked and can be told to fail.
#include "report/progress_reading.h"

#include <QStringList>
#include <mutex>

namespace sohoi::app::test {

class FakeProgressServer {
 public:
  /// The fetcher to hand the model; answers from this object (which must outlive the model).
  client::ProgressFetcher fetcher();
  /// The calls so far, as "unitId@asOf".
  QStringList calls() const;
  /// From now on every call fails with error (nullopt: calls succeed again).
  void failWith(std::optional<client::RpcError> error);

  /// An error as a dropped network gives it (UNAVAILABLE), or as a refusal (PERMISSION_DENIED).
  static client::RpcError unreachable();
  static client::RpcError refused();

 private:
  client::RpcResult<client::ProgressAnswer> answer(const QString& unitId, const QString& asOf);

  mutable std::mutex mutex_;
  QStringList calls_;                     // GUARDED_BY(mutex_)
  std::optional<client::RpcError> fail_;  // GUARDED_BY(mutex_)
};

}  // namespace sohoi::app::test
