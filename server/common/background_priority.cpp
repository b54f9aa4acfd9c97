#include "background_priority.h"

#include <sys/resource.h>
#include <unistd.h>

namespace sohoi::server {

bool lowerThreadPriority() {
  // On Linux a nice value belongs to a thread, not to the process: this leaves the other threads as they are.
  constexpr int kLowest = 19;
  return setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kLowest) == 0;
}

}  // namespace sohoi::server
