#include "grpc_process.h"

#include <absl/synchronization/mutex.h>

namespace sohoi::net {

void configureGrpcProcess() { absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore); }

}  // namespace sohoi::net
